import re

from crossroads_exercise import django_client, text


def render(path):
    response = django_client().get(path)
    used = [t.name for t in (getattr(response, "templates", None) or [])]
    return response.status_code, text(response), used


def items(body):
    return [re.sub(r"\s+", " ", item).strip() for item in re.findall(r"<li>(.*?)</li>", body, re.S)]


def check_uses_template():
    status, _, used = render("/")
    assert status == 200, "GET / answered %d; expected 200." % status
    assert "library/books.html" in used, "GET / did not render library/books.html. Return render(request, \"library/books.html\", {...})."


def check_extends_base():
    _, body, used = render("/")
    assert "library/base.html" in used, "books.html should start with {% extends \"library/base.html\" %}."
    assert re.search(r"<title>\s*Reading list\s*</title>", body), "The page's <title> should be 'Reading list': fill {% block title %} with the title variable."
    assert re.search(r"<h1>\s*Reading list\s*</h1>", body), "The page should have <h1>Reading list</h1>."


def check_lists_every_book():
    _, body, _ = render("/")
    found = items(body)
    for expected in ("Dune by Frank Herbert (1965)", "Kindred by Octavia Butler (1979)", "Parable of the Sower by Octavia Butler (1993)"):
        assert expected in found, "Expected the list item <li>%s</li>; the list items are: %r" % (expected, found)
    assert len(found) == 4, "There are 4 books, but the page has %d list items." % len(found)


def check_filter_by_author():
    _, body, _ = render("/?author=Octavia%20Butler")
    found = items(body)
    assert len(found) == 2 and all("Octavia Butler" in f for f in found), "/?author=Octavia Butler should list her 2 books only; got %r" % (found,)


def check_empty_message():
    _, body, _ = render("/?author=Nobody")
    assert items(body) == [], "/?author=Nobody should list no books."
    assert "No books found." in body, "When there are no books the page should say 'No books found.'"


def check_data_is_escaped():
    _, body, _ = render("/")
    assert "<Untitled>" not in body, "The title '<Untitled> & Co' reached the page as raw HTML. Do not use |safe or autoescape off."
    assert "&lt;Untitled&gt; &amp; Co" in body, "Expected the escaped title '&lt;Untitled&gt; &amp; Co' in the page."
