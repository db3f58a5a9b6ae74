from crossroads_exercise import flask_app, learner_module, text


def client():
    return flask_app("app").test_client()


def post(data):
    response = client().post("/guestbook", data=data)
    return response.status_code, text(response), response


def check_get_shows_form():
    response = client().get("/guestbook")
    assert response.status_code == 200, "GET /guestbook answered %d; expected 200." % response.status_code
    assert '<form method="post">' in text(response), "GET /guestbook should show the form from guestbook.html."


def check_missing_name():
    status, body, _ = post({"name": "   ", "message": "Hi!"})
    assert status != 405, "POST /guestbook answered 405 Method Not Allowed: add methods=[\"GET\", \"POST\"] to the route."
    assert status == 400, "Posting an empty name answered %d; expected 400 Bad Request." % status
    assert "Please enter your name." in body, "Posting an empty name should show 'Please enter your name.'"


def check_long_name():
    status, body, _ = post({"name": "x" * 41, "message": "Hi!"})
    assert status == 400, "Posting a 41-character name answered %d; expected 400." % status
    assert "Your name can be at most 40 characters." in body, "A 41-character name should show 'Your name can be at most 40 characters.'"
    status, _, _ = post({"name": "y" * 40, "message": "Hi!"})
    assert status == 302, "A name of exactly 40 characters is allowed, but the post answered %d." % status


def check_missing_message():
    status, body, _ = post({"name": "Ada"})
    assert status == 400, "Posting without a message answered %d; expected 400." % status
    assert "Please write a message." in body, "Posting without a message should show 'Please write a message.'"


def check_keeps_what_was_typed():
    _, body, _ = post({"name": "Ada Lovelace", "message": ""})
    assert 'value="Ada Lovelace"' in body, "After an error the name input should still hold 'Ada Lovelace'; pass name=name to the template."
    _, body, _ = post({"name": "", "message": "Lovely site"})
    assert ">Lovely site</textarea>" in body, "After an error the message box should still hold what was typed; pass message=message."


def check_valid_post_redirects():
    module_entries = learner_module("app").ENTRIES
    before = len(module_entries)
    status, _, response = post({"name": " Grace ", "message": " Hello from the checks "})
    assert status == 302, "A valid post answered %d; expected a 302 redirect." % status
    assert response.headers.get("Location", "").endswith("/guestbook"), "A valid post should redirect to /guestbook, not %r." % response.headers.get("Location")
    assert len(module_entries) == before + 1, "A valid post should add one entry to ENTRIES."
    assert module_entries[-1] == {"name": "Grace", "message": "Hello from the checks"}, "The new entry is %r; expected the stripped name and message." % (module_entries[-1],)
    page = text(client().get("/guestbook"))
    assert "Hello from the checks" in page, "After the redirect, GET /guestbook should show the new message."
