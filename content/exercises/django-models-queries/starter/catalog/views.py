from django.shortcuts import get_object_or_404, render  # noqa: F401

from .models import Book


def book_list(request):
    # TODO: only available books, ordered by title
    books = Book.objects.all()
    return render(request, "catalog/book_list.html", {"books": books, "heading": "Available books"})


def books_since(request, year):
    # TODO: books from year on, oldest first
    books = Book.objects.none()
    return render(request, "catalog/book_list.html", {"books": books, "heading": f"Books since {year}"})


def author_count(request, author):
    # TODO: let the database count
    count = 0
    return render(request, "catalog/book_list.html", {"books": [], "heading": author, "author": author, "count": count})


def book_detail(request, pk):
    # TODO: one book, or 404
    book = None
    return render(request, "catalog/book_detail.html", {"book": book})
