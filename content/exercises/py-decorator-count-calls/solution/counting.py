"""A decorator that counts calls."""

import functools


def count_calls(func):
    """Return a wrapper around func that counts its calls in wrapper.calls."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


@count_calls
def greet(name, punctuation="!"):
    """Say hello."""
    return f"Hello, {name}{punctuation}"
