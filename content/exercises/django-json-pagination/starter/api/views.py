from django.core.paginator import EmptyPage, Paginator  # noqa: F401
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Book

DEFAULT_SIZE = 10
MAX_SIZE = 50


def book_json(book):
    return {"id": book.id, "title": book.title, "author": book.author, "year": book.year}


@require_GET
def book_list(request):
    # TODO: one page at a time, with count, page, pages, next, previous and results
    books = list(Book.objects.order_by("id"))
    return JsonResponse({"results": [book_json(b) for b in books]})
