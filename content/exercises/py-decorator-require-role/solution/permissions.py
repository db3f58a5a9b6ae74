"""A decorator factory: @require_role("editor")."""

import functools


def require_role(role):
    """Return a decorator that lets only users with role call the function."""

    def decorator(func):
        @functools.wraps(func)
        def wrapper(user, *args, **kwargs):
            if role not in user.get("roles", []):
                raise PermissionError(f"{user['name']} needs the {role} role")
            return func(user, *args, **kwargs)

        return wrapper

    return decorator


@require_role("editor")
def publish(user, title):
    return f"{user['name']} published {title}"
