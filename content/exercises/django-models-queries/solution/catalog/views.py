from django.shortcuts import get_object_or_404, render

from .models import Book


def book_list(request):
    books = Book.objects.filter(available=True).order_by("title")
    return render(request, "catalog/book_list.html", {"books": books, "heading": "Available books"})


def books_since(request, year):
    books = Book.objects.filter(year__gte=year).order_by("year")
    return render(request, "catalog/book_list.html", {"books": books, "heading": f"Books since {year}"})


def author_count(request, author):
    count = Book.objects.filter(author=author).count()
    return render(request, "catalog/book_list.html", {"books": [], "heading": author, "author": author, "count": count})


def book_detail(request, pk):
    book = get_object_or_404(Book, pk=pk)
    return render(request, "catalog/book_detail.html", {"book": book})
