import sys
from pathlib import Path

from django.conf import settings

BASE_DIR = Path(__file__).resolve().parent

settings.configure(
    DEBUG=True,
    SECRET_KEY="placeholder-not-for-production",
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    TEMPLATES=[
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "DIRS": [BASE_DIR / "templates"],
        }
    ],
)

from django.shortcuts import render  # noqa: E402
from django.urls import path  # noqa: E402

BOOKS = [
    {"title": "Dune", "author": "Frank Herbert", "year": 1965},
    {"title": "Kindred", "author": "Octavia E. Butler", "year": 1979},
    {"title": "The Left Hand of Darkness", "author": "Ursula K. Le Guin", "year": 1969},
]


def book_list(request):
    q = request.GET.get("q", "")
    books = [book for book in BOOKS if q.lower() in book["title"].lower()]
    return render(request, "books.html", {"books": books, "q": q})


def about(request):
    return render(request, "about.html")


urlpatterns = [
    path("", book_list, name="book-list"),
    path("about/", about, name="about"),
]

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
