from crossroads_exercise import learner_module

from sqlalchemy import event


def client():
    app = learner_module("app").create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://", "TESTING": True})
    return app, app.test_client()


def titles(data):
    return [b.get("title") for b in data] if isinstance(data, list) else data


def check_books_ordered_by_year():
    _, c = client()
    response = c.get("/books")
    assert response.status_code == 200, "GET /books answered %d; expected 200." % response.status_code
    got = titles(response.get_json(silent=True))
    expected = ["Dune", "The Left Hand of Darkness", "Kindred", "Parable of the Sower"]
    assert got == expected, "GET /books listed %r; expected oldest first: %r." % (got, expected)


def check_books_since():
    _, c = client()
    got = titles(c.get("/books?since=1975").get_json(silent=True))
    assert got == ["Kindred", "Parable of the Sower"], "GET /books?since=1975 listed %r; expected ['Kindred', 'Parable of the Sower']." % (got,)
    got = titles(c.get("/books?since=1969").get_json(silent=True))
    assert got and got[0] == "The Left Hand of Darkness", "since=1969 should include the book from 1969 itself (>=), got %r." % (got,)


def check_bad_since_is_ignored():
    _, c = client()
    response = c.get("/books?since=soon")
    assert response.status_code == 200, "GET /books?since=soon answered %d; ignore a since that is not a number." % response.status_code
    assert len(response.get_json(silent=True) or []) == 4, "GET /books?since=soon should list all 4 books."


def check_one_book():
    _, c = client()
    response = c.get("/books/2")
    assert response.status_code == 200, "GET /books/2 answered %d; expected 200." % response.status_code
    data = response.get_json(silent=True)
    assert data == {"id": 2, "title": "Dune", "author": "Frank Herbert", "year": 1965}, "GET /books/2 returned %r." % (data,)
    assert c.get("/books/99").status_code == 404, "GET /books/99 should answer 404 (use db.get_or_404)."


def check_author_count():
    app, c = client()
    models = learner_module("models")
    statements = []
    with app.app_context():
        engine = models.db.engine

        def record(conn, cursor, statement, parameters, context, executemany):
            statements.append(statement.upper())

        event.listen(engine, "before_cursor_execute", record)
        try:
            response = c.get("/authors/Octavia E. Butler")
        finally:
            event.remove(engine, "before_cursor_execute", record)
    assert response.status_code == 200, "GET /authors/Octavia E. Butler answered %d; expected 200." % response.status_code
    data = response.get_json(silent=True)
    assert data == {"author": "Octavia E. Butler", "books": 2}, "GET /authors/Octavia E. Butler returned %r; expected 2 books." % (data,)
    assert any("COUNT(" in s for s in statements), "Let the database count: use db.func.count() so the SQL contains COUNT(...)."
    data = c.get("/authors/Nobody").get_json(silent=True)
    assert data == {"author": "Nobody", "books": 0}, "An author with no books should give 0, got %r." % (data,)
