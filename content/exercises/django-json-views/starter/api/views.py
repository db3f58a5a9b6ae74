from django.http import HttpResponse, JsonResponse  # noqa: F401
from django.views.decorators.http import require_GET  # noqa: F401

from .models import Book


def book_json(book):
    return {"id": book.id, "title": book.title, "author": book.author, "year": book.year}


def book_list(request):
    # TODO: {"books": [...]} ordered by title, ?author= filter, GET only
    return HttpResponse(", ".join(str(b) for b in Book.objects.all()))


def book_detail(request, pk):
    # TODO: one book as JSON, or {"error": "not found"} with status 404; GET only
    return HttpResponse(str(Book.objects.get(pk=pk)))
