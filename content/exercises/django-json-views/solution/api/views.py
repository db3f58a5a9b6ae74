from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Book


def book_json(book):
    return {"id": book.id, "title": book.title, "author": book.author, "year": book.year}


@require_GET
def book_list(request):
    books = Book.objects.order_by("title")
    author = request.GET.get("author")
    if author:
        books = books.filter(author=author)
    return JsonResponse({"books": [book_json(b) for b in books]})


@require_GET
def book_detail(request, pk):
    try:
        book = Book.objects.get(pk=pk)
    except Book.DoesNotExist:
        return JsonResponse({"error": "not found"}, status=404)
    return JsonResponse(book_json(book))
