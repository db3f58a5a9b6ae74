from crossroads_exercise import csrf_token, django_client, text

PASSWORD = "correct-horse-battery-staple"


def user(name, staff=False):
    django_client()
    from django.contrib.auth import get_user_model

    User = get_user_model()
    found = User.objects.filter(username=name).first()
    if found is None:
        found = User.objects.create_user(name, "%s@example.com" % name, PASSWORD, is_staff=staff)
    return found


def check_login_page():
    response = django_client().get("/accounts/login/")
    assert response.status_code == 200, "GET /accounts/login/ answered %d; include django.contrib.auth.urls under accounts/." % response.status_code
    body = text(response)
    assert 'name="username"' in body and 'name="password"' in body, "The login page should show the username and password fields."


def check_dashboard_needs_login():
    response = django_client().get("/dashboard/")
    assert response.status_code == 302, "An anonymous GET /dashboard/ answered %d; expected a redirect to the login page (@login_required)." % response.status_code
    assert response["Location"] == "/accounts/login/?next=/dashboard/", "The redirect went to %r; expected /accounts/login/?next=/dashboard/." % response["Location"]


def check_login_flow():
    user("ada")
    client = django_client(enforce_csrf_checks=True)
    page = client.get("/accounts/login/?next=/dashboard/")
    token = csrf_token(text(page))
    assert token, "The login page has no CSRF token."
    response = client.post("/accounts/login/", {"username": "ada", "password": PASSWORD, "next": "/dashboard/", "csrfmiddlewaretoken": token})
    assert response.status_code == 302, "Logging in answered %d; expected a redirect after a correct password." % response.status_code
    assert response["Location"] == "/dashboard/", "After logging in the user went to %r; expected /dashboard/." % response["Location"]
    assert client.get("/dashboard/").status_code == 200, "After logging in, /dashboard/ should answer 200."


def check_dashboard_shows_user():
    client = django_client()
    client.force_login(user("grace"))
    response = client.get("/dashboard/")
    assert response.status_code == 200, "A signed-in GET /dashboard/ answered %d; expected 200." % response.status_code
    assert "Signed in as grace" in text(response), "The dashboard should say 'Signed in as grace' for the user grace."


def check_reports_staff_only():
    anonymous = django_client().get("/reports/")
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/accounts/login/"), "An anonymous visitor to /reports/ should be sent to the login page (got %d)." % anonymous.status_code
    client = django_client()
    client.force_login(user("bob"))
    response = client.get("/reports/")
    assert response.status_code == 403, "A signed-in user who is not staff got %d from /reports/; expected 403 (raise PermissionDenied)." % response.status_code
    staff = django_client()
    staff.force_login(user("sam", staff=True))
    response = staff.get("/reports/")
    assert response.status_code == 200 and "Reports" in text(response), "A staff user should see /reports/ (got %d)." % response.status_code
