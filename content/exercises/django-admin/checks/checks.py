import re

from crossroads_exercise import django_client, learner_module, text

BOOKS = [
    ("Parable of the Sower", "Octavia E. Butler", 1993, True),
    ("Dune", "Frank Herbert", 1965, True),
    ("Kindred", "Octavia E. Butler", 1979, False),
]


def staff_client():
    client = django_client()
    from django.contrib.auth import get_user_model

    User = get_user_model()
    user = User.objects.filter(username="checker").first()
    if user is None:
        user = User.objects.create_superuser("checker", "checker@example.com", "a-long-test-password")
    client.force_login(user)
    Book = learner_module("shelf.models").Book
    if not Book.objects.exists():
        for title, author, year, available in BOOKS:
            Book.objects.create(title=title, author=author, year=year, available=available)
    return client


def book_admin():
    django_client()
    from django.contrib import admin

    learner_module("mysite.urls")  # importing the URLconf runs the admin's autodiscovery
    Book = learner_module("shelf.models").Book
    model_admin = admin.site._registry.get(Book)
    assert model_admin is not None, "Book is not registered in the admin. Use @admin.register(Book) in shelf/admin.py."
    return model_admin


def changelist(query=""):
    response = staff_client().get("/admin/shelf/book/" + query)
    assert response.status_code == 200, "GET /admin/shelf/book/%s answered %d; expected 200." % (query, response.status_code)
    return response


def rows(response):
    return [str(obj) for obj in response.context["cl"].result_list]


def check_admin_urls():
    response = django_client().get("/admin/")
    assert response.status_code in (301, 302), "GET /admin/ answered %d; add path(\"admin/\", admin.site.urls) to mysite/urls.py." % response.status_code
    assert "/admin/login/" in response["Location"], "An anonymous visit to /admin/ should be sent to the admin login page."


def check_book_registered():
    model_admin = book_admin()
    from django.contrib import admin

    assert type(model_admin) is not admin.ModelAdmin, "Register Book with your own class (class BookAdmin(admin.ModelAdmin)), so you can configure its list."


def check_list_columns():
    model_admin = book_admin()
    columns = tuple(model_admin.list_display)
    assert columns == ("title", "author", "year", "available"), "list_display is %r; expected ('title', 'author', 'year', 'available')." % (columns,)
    body = text(changelist())
    for header in ("Title", "Author", "Year", "Available"):
        assert re.search(r">\s*%s\s*<" % header, body, re.I), "The book list page has no %r column." % header


def check_search():
    model_admin = book_admin()
    assert set(model_admin.search_fields) == {"title", "author"}, "search_fields is %r; search titles and authors." % (tuple(model_admin.search_fields),)
    found = rows(changelist("?q=butler"))
    assert sorted(found) == ["Kindred (1979)", "Parable of the Sower (1993)"], "Searching for 'butler' found %r; expected Octavia E. Butler's two books." % (found,)


def check_filter_and_order():
    model_admin = book_admin()
    assert tuple(model_admin.list_filter) == ("available",), "list_filter is %r; expected ('available',)." % (tuple(model_admin.list_filter),)
    listed = rows(changelist())
    assert listed == ["Dune (1965)", "Kindred (1979)", "Parable of the Sower (1993)"], "The list is %r; it should be sorted by title (ordering = ('title',))." % (listed,)
    lent = rows(changelist("?available__exact=0"))
    assert lent == ["Kindred (1979)"], "Filtering on available = No shows %r; expected only Kindred." % (lent,)
