from crossroads_exercise import django_client, learner_module

BOOKS = [
    ("Parable of the Sower", "Octavia E. Butler", 1993, True),
    ("Dune", "Frank Herbert", 1965, True),
    ("Kindred", "Octavia E. Butler", 1979, False),
    ("The Left Hand of Darkness", "Ursula K. Le Guin", 1969, True),
]


def book_model():
    django_client()  # configures Django, which must happen before models are imported
    return learner_module("catalog.models").Book


def setup():
    client = django_client()
    Book = book_model()
    names = {f.name for f in Book._meta.get_fields()}
    assert {"year", "available"} <= names, "Finish the Book model first: the checks need its year and available fields."
    if not Book.objects.exists():
        for title, author, year, available in BOOKS:
            Book.objects.create(title=title, author=author, year=year, available=available)
    return client, Book


def get(path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client, _ = setup()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return response, [q["sql"].upper() for q in queries.captured_queries]


def titles(response):
    books = response.context["books"] if response.context and "books" in response.context else []
    return [b.title for b in books]


def check_model_fields():
    Book = book_model()
    fields = {f.name: f for f in Book._meta.get_fields()}
    for name in ("title", "author", "year", "available"):
        assert name in fields, "Book has no field %r yet (it has: %s)." % (name, ", ".join(fields))
    assert fields["year"].get_internal_type() == "PositiveIntegerField", "Book.year should be a models.PositiveIntegerField()."
    assert fields["available"].get_internal_type() == "BooleanField", "Book.available should be a models.BooleanField."
    assert fields["available"].default is True, "Book.available should default to True: BooleanField(default=True)."


def check_str():
    Book = book_model()
    got = str(Book(title="Dune", author="Frank Herbert", year=1965))
    assert got == "Dune (1965)", "str(Book(title='Dune', year=1965)) is %r; expected 'Dune (1965)'. Add __str__." % (got,)


def check_available_books():
    response, queries = get("/books/")
    assert response.status_code == 200, "GET /books/ answered %d; expected 200." % response.status_code
    got = titles(response)
    expected = ["Dune", "Parable of the Sower", "The Left Hand of Darkness"]
    assert got == expected, "GET /books/ listed %r; expected the available books by title: %r." % (got, expected)
    selects = [q for q in queries if q.startswith("SELECT")]
    assert len(selects) == 1, "GET /books/ ran %d SELECT queries; one QuerySet should be enough." % len(selects)
    assert "WHERE" in selects[0] and "ORDER BY" in selects[0], "Filter and order in the QuerySet (filter(...).order_by(...)), not in Python."


def check_books_since():
    response, queries = get("/books/since/1975/")
    got = titles(response)
    assert got == ["Kindred", "Parable of the Sower"], "GET /books/since/1975/ listed %r; expected ['Kindred', 'Parable of the Sower'] (oldest first, lent-out books included)." % (got,)
    response, _ = get("/books/since/1965/")
    assert titles(response)[:1] == ["Dune"], "A book from the year itself counts: /books/since/1965/ should start with Dune (use year__gte)."


def check_author_count():
    response, queries = get("/books/by/Octavia E. Butler/")
    assert response.status_code == 200, "GET /books/by/Octavia E. Butler/ answered %d." % response.status_code
    count = response.context["count"]
    assert count == 2, "Octavia E. Butler wrote 2 of the books, but count is %r." % (count,)
    assert any("COUNT(" in q for q in queries), "Let the database count with .count(), so the SQL contains COUNT(*)."


def check_detail():
    _, Book = setup()
    dune = Book.objects.get(title="Dune")
    response, _ = get("/books/%d/" % dune.pk)
    assert response.status_code == 200, "GET /books/<id of Dune>/ answered %d; expected 200." % response.status_code
    assert response.context["book"] == dune, "The detail page should get the Dune object as book."
    response, _ = get("/books/9999/")
    assert response.status_code == 404, "GET /books/9999/ answered %d; expected 404 (use get_object_or_404)." % response.status_code
