from crossroads_exercise import django_client, text


def new_client():
    return django_client()


def body_text(response):
    return text(response)


def visit(c):
    response = c.get("/visits")
    assert response.status_code == 200, "GET /visits answered %d; expected 200." % response.status_code
    return body_text(response)


def check_first_visit():
    body = visit(new_client())
    assert "You have visited this page 1 time." in body, "A first visit should say 'You have visited this page 1 time.'; the page was: %s" % body[:200]


def check_counts_visits():
    c = new_client()
    for _ in range(2):
        visit(c)
    body = visit(c)
    assert "You have visited this page 3 times." in body, "The third visit should say 'You have visited this page 3 times.'; the page was: %s" % body[:200]


def check_visitors_are_separate():
    ada = new_client()
    visit(ada)
    visit(ada)
    body = visit(new_client())
    assert "1 time." in body, (
        "A new visitor saw %r after someone else had visited twice. Keep the count in the session, "
        "which belongs to one browser, not in a global variable shared by everyone." % body[:120]
    )


def check_reset():
    c = new_client()
    visit(c)
    visit(c)
    response = c.post("/visits/reset")
    assert response.status_code in (302, 303), "POST /visits/reset answered %d; expected a redirect to /visits." % response.status_code
    assert response["Location"].endswith("/visits"), "POST /visits/reset should redirect to /visits, not %r." % response["Location"]
    assert "1 time." in visit(c), "After a reset, the next visit should count 1 again."


def check_reset_is_post_only():
    status = new_client().get("/visits/reset").status_code
    assert status == 405, "GET /visits/reset answered %d; expected 405. Changing data should need POST, so a link or a prefetch cannot reset it." % status
