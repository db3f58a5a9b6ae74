"""A decorator factory: @require_role("editor")."""

import functools  # noqa: F401 (you will need it)


def require_role(role):
    """Return a decorator that lets only users with role call the function."""
    # TODO: define decorator(func), and inside it wrapper(user, *args, **kwargs).
    def decorator(func):
        return func

    return decorator


@require_role("editor")
def publish(user, title):
    return f"{user['name']} published {title}"
