from crossroads_exercise import learner_module

ADA = {"name": "Ada", "roles": ["editor", "admin"]}
BOB = {"name": "Bob", "roles": []}
EVE = {"name": "Eve"}


def guarded(role, calls):
    require_role = learner_module("permissions").require_role

    @require_role(role)
    def action(user, title, loud=False):
        calls.append(title)
        text = "%s did %s" % (user["name"], title)
        return text.upper() if loud else text

    return action


def refused(function, *args):
    try:
        function(*args)
    except PermissionError as error:
        return str(error)
    return None


def check_allows_users_with_the_role():
    action = guarded("editor", [])
    got = action(ADA, "publish", loud=True)
    assert got == "ADA DID PUBLISH", "Ada has the editor role; the function should run and return its result (got %r)." % (got,)


def check_refuses_users_without_the_role():
    calls = []
    action = guarded("editor", calls)
    for user in (BOB, EVE):
        assert refused(action, user, "publish") is not None, "%s has no editor role; the call should raise PermissionError." % user["name"]
    assert calls == [], "The function ran for a user without the role; check the role before calling it."


def check_message_names_user_and_role():
    message = refused(guarded("editor", []), BOB, "publish")
    assert message == "Bob needs the editor role", "The PermissionError message was %r; expected 'Bob needs the editor role'." % (message,)


def check_different_roles():
    admin_only = guarded("admin", [])
    editor_only = guarded("editor", [])
    editor = {"name": "Eli", "roles": ["editor"]}
    assert editor_only(editor, "edit") == "Eli did edit", "Eli has the editor role and may call an editor-only function."
    message = refused(admin_only, editor, "delete")
    assert message == "Eli needs the admin role", "An admin-only function should refuse Eli with 'Eli needs the admin role' (got %r)." % (message,)


def check_keeps_name():
    name = guarded("editor", []).__name__
    assert name == "action", "The decorated function is called %r; expected 'action'. Use @functools.wraps(func)." % (name,)
