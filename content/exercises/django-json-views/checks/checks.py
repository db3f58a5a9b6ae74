import json

from crossroads_exercise import django_client, learner_module, text

BOOKS = [
    ("Parable of the Sower", "Octavia E. Butler", 1993),
    ("Dune", "Frank Herbert", 1965),
    ("Dune Messiah", "Frank Herbert", 1969),
    ("Kindred", "Octavia E. Butler", 1979),
]


def client():
    c = django_client()
    Book = learner_module("api.models").Book
    if not Book.objects.exists():
        for title, author, year in BOOKS:
            Book.objects.create(title=title, author=author, year=year)
    return c, Book


def parse(response, what):
    content_type = response.get("Content-Type", "")
    assert content_type.startswith("application/json"), "%s answered %s, not JSON. Return a JsonResponse." % (what, content_type or "no content type")
    return json.loads(text(response))


def check_list_is_json():
    c, _ = client()
    response = c.get("/api/books/")
    assert response.status_code == 200, "GET /api/books/ answered %d; expected 200." % response.status_code
    data = parse(response, "GET /api/books/")
    assert isinstance(data, dict) and "books" in data, "GET /api/books/ should answer an object with a \"books\" list, got %r." % (data,)
    got = [b.get("title") for b in data["books"]]
    assert got == ["Dune", "Dune Messiah", "Kindred", "Parable of the Sower"], "The books are %r; expected all four ordered by title." % (got,)
    first = data["books"][0]
    assert set(first) == {"id", "title", "author", "year"} and first["year"] == 1965, "Each book should be {\"id\", \"title\", \"author\", \"year\"}; the first is %r." % (first,)


def check_author_filter():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    c, _ = client()
    with CaptureQueriesContext(connection) as queries:
        response = c.get("/api/books/?author=Frank%20Herbert")
    data = parse(response, "GET /api/books/?author=Frank Herbert")
    got = [b.get("title") for b in data.get("books", [])]
    assert got == ["Dune", "Dune Messiah"], "?author=Frank Herbert gave %r; expected ['Dune', 'Dune Messiah']." % (got,)
    sql = " ".join(q["sql"] for q in queries.captured_queries).upper()
    assert "WHERE" in sql, "Filter by author in the QuerySet (books.filter(author=...)), so the database does it."


def check_detail():
    c, Book = client()
    dune = Book.objects.get(title="Dune")
    response = c.get("/api/books/%d/" % dune.pk)
    assert response.status_code == 200, "GET /api/books/<id>/ answered %d; expected 200." % response.status_code
    data = parse(response, "GET /api/books/<id>/")
    assert data == {"id": dune.pk, "title": "Dune", "author": "Frank Herbert", "year": 1965}, "GET /api/books/<id of Dune>/ returned %r." % (data,)


def check_missing_is_json_404():
    c, _ = client()
    response = c.get("/api/books/9999/")
    assert response.status_code == 404, "GET /api/books/9999/ answered %d; expected 404." % response.status_code
    assert parse(response, "GET /api/books/9999/") == {"error": "not found"}, "An unknown id should answer {\"error\": \"not found\"}."


def check_get_only():
    c, Book = client()
    pk = Book.objects.first().pk
    for path in ("/api/books/", "/api/books/%d/" % pk):
        for method in ("post", "delete"):
            response = getattr(c, method)(path)
            assert response.status_code == 405, "%s %s answered %d; expected 405 (use @require_GET)." % (method.upper(), path, response.status_code)
