from crossroads_exercise import django_client, text


def get(path):
    response = django_client().get(path)
    return response.status_code, text(response), response


def check_project_includes_app():
    status, body, _ = get("/")
    assert status == 200 and "Welcome" in body, (
        "GET / did not reach the pages app's home view. Include pages.urls in mysite/urls.py with "
        "path(\"\", include(\"pages.urls\"))."
    )


def check_hello():
    status, body, _ = get("/hello/Ada/")
    assert status == 200, "GET /hello/Ada/ answered %d; expected 200." % status
    assert "Hello, Ada!" in body, "GET /hello/Ada/ should contain 'Hello, Ada!'; got: %s" % body[:200]
    status, body, _ = get("/hello/%3Cem%3EAda/")
    assert "<em>Ada" not in body, "The name '<em>Ada' reached the page as HTML; wrap it in escape()."
    assert "&lt;em&gt;Ada" in body, "Expected the escaped name '&lt;em&gt;Ada' in the page."


def check_article():
    status, body, _ = get("/articles/2024/my-first-post/")
    assert status == 200, "GET /articles/2024/my-first-post/ answered %d; expected 200." % status
    assert 'Article "my-first-post" from 2024' in body, "The page should contain 'Article \"my-first-post\" from 2024'; got: %s" % body[:200]


def check_converters_reject_bad_values():
    for path in ("/articles/soon/my-post/", "/articles/2024/not a slug!/"):
        status, _, _ = get(path)
        assert status == 404, "GET %s answered %d; expected 404. Use the int and slug converters." % (path, status)


def check_named_urls():
    from django.urls import NoReverseMatch, reverse

    expected = {
        ("pages:home", ()): "/",
        ("pages:hello", ("Ada",)): "/hello/Ada/",
        ("pages:article", (2024, "welcome")): "/articles/2024/welcome/",
        ("pages:latest", ()): "/latest/",
    }
    for (name, args), path in expected.items():
        try:
            got = reverse(name, args=args)
        except NoReverseMatch:
            raise AssertionError("reverse(%r) found no URL. Set app_name = \"pages\" and give the path name=%r." % (name, name.split(":")[1]))
        assert got == path, "reverse(%r, args=%r) gave %r; expected %r." % (name, args, got, path)


def check_latest_redirects():
    status, _, response = get("/latest/")
    assert status in (301, 302), "GET /latest/ answered %d; expected a redirect." % status
    assert response["Location"] == "/articles/2024/welcome/", "GET /latest/ redirected to %r; expected /articles/2024/welcome/." % response["Location"]
