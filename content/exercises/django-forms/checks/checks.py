from crossroads_exercise import csrf_token, django_client, learner_module, text

GOOD = {"name": "Ada", "email": "ada@example.com", "message": "I would like to know more."}


def form_class():
    django_client()
    return learner_module("contact.forms").ContactForm


def post(data):
    client = django_client(enforce_csrf_checks=True)
    page = client.get("/contact/")
    token = csrf_token(text(page))
    assert token, "The contact page has no CSRF token. Render it with render(request, ...), so {% csrf_token %} works."
    return client.post("/contact/", dict(data, csrfmiddlewaretoken=token))


def check_form_fields():
    from django import forms

    fields = form_class().base_fields
    for name in ("name", "email", "message"):
        assert name in fields, "ContactForm has no %r field yet (it has: %s)." % (name, ", ".join(fields))
    assert fields["name"].max_length == 40, "name should allow at most 40 characters (max_length=40)."
    assert isinstance(fields["email"], forms.EmailField), "email should be a forms.EmailField, which checks the address."
    assert fields["message"].min_length == 10, "message should need at least 10 characters (min_length=10)."
    assert isinstance(fields["message"].widget, forms.Textarea), "message should be shown as a text area (widget=forms.Textarea)."


def check_get_shows_form():
    response = django_client().get("/contact/")
    assert response.status_code == 200, "GET /contact/ answered %d; expected 200." % response.status_code
    body = text(response)
    for name in ("name", "email", "message"):
        assert 'name="%s"' % name in body, "The contact page should show the %s field." % name
    assert csrf_token(body), "The contact page should carry a CSRF token."


def check_invalid_post_shows_errors():
    response = post({"name": "x" * 41, "email": "not-an-address", "message": "short"})
    assert response.status_code == 200, "An invalid post answered %d; show the form again (status 200) instead." % response.status_code
    form = response.context["form"]
    assert form.is_bound, "After an invalid post, the page should show the form filled with request.POST."
    assert set(form.errors) >= {"name", "email", "message"}, "Expected errors on name, email and message; got errors on %s." % (sorted(form.errors) or "nothing")
    assert 'value="not-an-address"' in text(response), "The form should keep what was typed (the email field still holds 'not-an-address')."


def check_no_links():
    form = form_class()(data=dict(GOOD, message="Visit https://spam.example now!"))
    assert not form.is_valid(), "A message containing https:// was accepted; refuse it in clean_message()."
    assert "Links are not allowed in messages." in form.errors.get("message", []), "The error on message should be 'Links are not allowed in messages.' (got %r)." % (form.errors.get("message"),)
    assert form_class()(data=GOOD).is_valid(), "A good message was refused; clean_message() must return the message when it is fine."


def check_valid_post_redirects():
    sent = learner_module("contact.views").SENT
    before = len(sent)
    response = post(GOOD)
    assert response.status_code == 302, "A valid post answered %d; expected a redirect (302)." % response.status_code
    assert response["Location"] == "/contact/thanks/", "A valid post should redirect to /contact/thanks/, not %r." % response["Location"]
    assert len(sent) == before + 1 and sent[-1] == GOOD, "A valid post should append form.cleaned_data to SENT."
