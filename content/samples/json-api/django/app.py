import json
import sys
from itertools import count

from django.conf import settings

settings.configure(
    DEBUG=True,
    SECRET_KEY="django-insecure-sample-key-not-for-production",
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    MIDDLEWARE=[
        "django.middleware.common.CommonMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
    ],
)

from django.http import JsonResponse  # noqa: E402  (needs settings first)
from django.urls import path  # noqa: E402
from django.views.decorators.csrf import csrf_exempt  # noqa: E402
from django.views.decorators.http import require_GET, require_http_methods  # noqa: E402

# An in-memory list keeps the sample short; a real project would use a model.
BOOKS = [{"id": 1, "title": "The Little Book of Views", "year": 2021}]
next_id = count(2)


def validate(data):
    """Return a dict of problems with a submitted book (empty when it is fine)."""
    if not isinstance(data, dict):
        return {"body": "Send a JSON object."}
    errors = {}
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        errors["title"] = "This field is required."
    year = data.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 1450 <= year <= 2100:
        errors["year"] = "Give a whole number between 1450 and 2100."
    return errors


@csrf_exempt
@require_http_methods(["GET", "POST"])
def books(request):
    if request.method == "GET":
        return JsonResponse({"books": BOOKS})
    try:
        data = json.loads(request.body)
    except ValueError:
        data = None
    errors = validate(data)
    if errors:
        return JsonResponse({"errors": errors}, status=400)
    book = {"id": next(next_id), "title": data["title"].strip(), "year": data["year"]}
    BOOKS.append(book)
    return JsonResponse(book, status=201, headers={"Location": f"/api/books/{book['id']}"})


@require_GET
def book_detail(request, book_id):
    for book in BOOKS:
        if book["id"] == book_id:
            return JsonResponse(book)
    return JsonResponse({"error": "Book not found"}, status=404)


urlpatterns = [
    path("api/books", books),
    path("api/books/<int:book_id>", book_detail),
]

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
