from django.shortcuts import render

BOOKS = [
    {"title": "Dune", "author": "Frank Herbert", "year": 1965},
    {"title": "Kindred", "author": "Octavia Butler", "year": 1979},
    {"title": "Parable of the Sower", "author": "Octavia Butler", "year": 1993},
    {"title": "<Untitled> & Co", "author": "Anonymous", "year": 2001},
]


def index(request):
    author = request.GET.get("author")
    books = [b for b in BOOKS if author is None or b["author"] == author]
    return render(request, "library/books.html", {"books": books, "title": "Reading list"})
