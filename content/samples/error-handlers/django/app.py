import sys
from pathlib import Path

from django.conf import settings

BASE_DIR = Path(__file__).resolve().parent

settings.configure(
    DEBUG=False,
    SECRET_KEY="django-insecure-sample-key-not-for-production",
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    TEMPLATES=[
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "DIRS": [BASE_DIR / "templates"],
        }
    ],
    # With DEBUG off, Django only emails errors to ADMINS; print them too.
    LOGGING={
        "version": 1,
        "disable_existing_loggers": False,
        "handlers": {"console": {"class": "logging.StreamHandler"}},
        "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR"}},
    },
)

from django.http import Http404, HttpResponse, HttpResponseServerError  # noqa: E402
from django.shortcuts import render  # noqa: E402
from django.template import loader  # noqa: E402
from django.urls import path  # noqa: E402

BOOKS = {1: "The Little Book of Views"}


def index(request):
    return HttpResponse("<h1>Home</h1><p>Try /books/99 or /boom.</p>")


def book(request, book_id):
    if book_id not in BOOKS:
        raise Http404("No such book")
    return HttpResponse(f"<h1>{BOOKS[book_id]}</h1>")


def boom(request):
    raise RuntimeError("something broke inside the view")


def page_not_found(request, exception):
    return render(request, "404.html", {"path": request.path}, status=404)


def server_error(request):
    # Keep this simple: whatever broke (the database, say) could break it too.
    return HttpResponseServerError(loader.render_to_string("500.html"))


urlpatterns = [
    path("", index),
    path("books/<int:book_id>", book),
    path("boom", boom),
]

handler404 = page_not_found
handler500 = server_error

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
