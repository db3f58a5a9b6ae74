import json

from crossroads_exercise import django_client, learner_module, text

TOTAL = 23


def client():
    c = django_client()
    Book = learner_module("api.models").Book
    if not Book.objects.exists():
        Book.objects.bulk_create(
            [Book(title="Book %02d" % i, author="Author %d" % (i % 4), year=1950 + i) for i in range(1, TOTAL + 1)]
        )
    return c


def get(path):
    response = client().get(path)
    content_type = response.get("Content-Type", "")
    assert content_type.startswith("application/json"), "GET %s answered %s, not JSON." % (path, content_type)
    return response.status_code, json.loads(text(response))


def ids(data):
    return [b.get("id") for b in data.get("results", [])] if isinstance(data, dict) else data


def check_first_page():
    status, data = get("/api/books/")
    assert status == 200, "GET /api/books/ answered %d; expected 200." % status
    for key in ("count", "page", "pages", "next", "previous", "results"):
        assert key in data, "The answer has no %r key; expected count, page, pages, next, previous and results." % key
    assert ids(data) == list(range(1, 11)), "The first page should hold books 1 to 10, got ids %r." % (ids(data),)
    expected = {"count": TOTAL, "page": 1, "pages": 3, "next": 2, "previous": None}
    got = {k: data[k] for k in expected}
    assert got == expected, "The page data is %r; expected %r." % (got, expected)


def check_other_pages():
    status, data = get("/api/books/?page=2")
    assert status == 200 and ids(data) == list(range(11, 21)), "?page=2 should hold books 11 to 20, got %r." % (ids(data),)
    assert (data["next"], data["previous"]) == (3, 1), "On page 2, next should be 3 and previous 1 (got %r and %r)." % (data["next"], data["previous"])
    status, data = get("/api/books/?page=3")
    assert ids(data) == [21, 22, 23], "The last page should hold books 21 to 23, got %r." % (ids(data),)
    assert data["next"] is None, "On the last page, next should be null."


def check_page_size():
    status, data = get("/api/books/?size=5&page=2")
    assert ids(data) == list(range(6, 11)) and data["pages"] == 5, "?size=5&page=2 should hold books 6 to 10 of 5 pages, got %r." % (ids(data),)
    status, data = get("/api/books/?size=500")
    assert len(data.get("results", [])) == TOTAL and data["pages"] == 1, "?size=500 should be treated as 50: one page with all 23 books."


def check_bad_page():
    for path in ("/api/books/?page=4", "/api/books/?page=0"):
        status, data = get(path)
        assert status == 404, "GET %s answered %d; expected 404." % (path, status)
        assert data == {"error": "page not found"}, "GET %s returned %r; expected {\"error\": \"page not found\"}." % (path, data)


def check_bad_numbers():
    for path in ("/api/books/?page=two", "/api/books/?size=lots", "/api/books/?size=0"):
        status, data = get(path)
        assert status == 400, "GET %s answered %d; expected 400." % (path, status)
        assert data == {"error": "page and size must be whole numbers"}, "GET %s returned %r." % (path, data)


def check_loads_one_page():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    c = client()
    with CaptureQueriesContext(connection) as queries:
        c.get("/api/books/?page=2")
    selects = [q["sql"].upper() for q in queries.captured_queries if q["sql"].upper().startswith("SELECT")]
    assert any("LIMIT" in q for q in selects), (
        "The books were not fetched one page at a time. Hand the Paginator the QuerySet itself, not list(...) of it, "
        "so it can use LIMIT and OFFSET."
    )
