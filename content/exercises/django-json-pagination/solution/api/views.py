from django.core.paginator import EmptyPage, Paginator
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Book

DEFAULT_SIZE = 10
MAX_SIZE = 50


def book_json(book):
    return {"id": book.id, "title": book.title, "author": book.author, "year": book.year}


@require_GET
def book_list(request):
    try:
        number = int(request.GET.get("page", 1))
        size = int(request.GET.get("size", DEFAULT_SIZE))
    except ValueError:
        number = size = 0
    if size < 1:
        return JsonResponse({"error": "page and size must be whole numbers"}, status=400)
    paginator = Paginator(Book.objects.order_by("id"), min(size, MAX_SIZE))
    try:
        page = paginator.page(number)
    except EmptyPage:
        return JsonResponse({"error": "page not found"}, status=404)
    return JsonResponse(
        {
            "count": paginator.count,
            "page": page.number,
            "pages": paginator.num_pages,
            "next": page.next_page_number() if page.has_next() else None,
            "previous": page.previous_page_number() if page.has_previous() else None,
            "results": [book_json(b) for b in page.object_list],
        }
    )
