from crossroads_exercise import flask_app, text


def client():
    return flask_app("app").test_client()


def get(path, method="GET"):
    response = client().open(path, method=method)
    return response.status_code, text(response)


def check_home_still_works():
    status, _ = get("/")
    assert status == 200, "GET / answered %d; the home page should still answer 200." % status


def check_hello_name():
    status, body = get("/hello/Ada")
    assert status == 200, "GET /hello/Ada answered %d; expected 200. Is there a route for /hello/<name>?" % status
    assert "Hello, Ada!" in body, "GET /hello/Ada should contain 'Hello, Ada!'; the page was: %s" % body[:200]


def check_hello_escapes():
    status, body = get("/hello/%3Cem%3EAda")
    assert status == 200, "GET /hello/<em>Ada answered %d; expected 200." % status
    assert "<em>Ada" not in body, "The name '<em>Ada' reached the page as HTML. Escape it with escape(name)."
    assert "&lt;em&gt;Ada" in body, "Expected the escaped name '&lt;em&gt;Ada' in the page; got: %s" % body[:200]


def check_add_numbers():
    status, body = get("/add/2/3")
    assert status == 200, "GET /add/2/3 answered %d; expected 200." % status
    assert "2 + 3 = 5" in body, "GET /add/2/3 should contain '2 + 3 = 5'; the page was: %s" % body[:200]
    status, body = get("/add/40/2")
    assert "40 + 2 = 42" in body, "GET /add/40/2 should contain '40 + 2 = 42'. Are a and b numbers, not text?"


def check_add_rejects_words():
    status, _ = get("/add/two/three")
    assert status == 404, "GET /add/two/three answered %d; expected 404. Use the int converter: <int:a>." % status


def check_about_is_get_only():
    status, body = get("/about")
    assert status == 200 and "About this site" in body, "GET /about should answer 200 with 'About this site' (got %d)." % status
    status, _ = get("/about", method="POST")
    assert status == 405, "POST /about answered %d; expected 405 Method Not Allowed." % status
