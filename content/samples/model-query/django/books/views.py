from django.shortcuts import get_object_or_404, render

from .models import Book


def book_list(request):
    books = Book.objects.order_by("year")
    since = request.GET.get("since", "")
    since = int(since) if since.isdigit() else None
    if since is not None:
        books = books.filter(year__gte=since)
    return render(request, "books/book_list.html", {"books": books, "since": since})


def book_detail(request, pk):
    book = get_object_or_404(Book, pk=pk)
    return render(request, "books/book_detail.html", {"book": book})
