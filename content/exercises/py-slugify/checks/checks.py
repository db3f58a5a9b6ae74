from crossroads_exercise import learner_module


def slugs():
    return learner_module("slugs")


def expect_slug(args, kwargs, expected):
    got = slugs().slugify(*args, **kwargs)
    call = ", ".join([repr(a) for a in args] + ["%s=%r" % kv for kv in kwargs.items()])
    assert got == expected, "slugify(%s) returned %r; expected %r." % (call, got, expected)


def check_basic_slug():
    expect_slug(("Hello World",), {}, "hello-world")
    expect_slug(("Python 3 Basics",), {}, "python-3-basics")


def check_runs_collapse():
    expect_slug(("Flask  or Django?!",), {}, "flask-or-django")
    expect_slug(("  -- Hello, World! --  ",), {}, "hello-world")


def check_custom_separator():
    expect_slug(("Flask or Django",), {"sep": "_"}, "flask_or_django")


def check_max_length():
    expect_slug(("Flask or Django",), {"max_length": 8}, "flask-or")
    expect_slug(("Flask or Django",), {"max_length": 6}, "flask")
    expect_slug(("Flask or Django",), {"max_length": 100}, "flask-or-django")


def check_unique_slug():
    module = slugs()
    cases = [
        (("hello", set()), "hello"),
        (("hello", {"hello"}), "hello-2"),
        (("hello", {"hello", "hello-2"}), "hello-3"),
    ]
    for args, expected in cases:
        got = module.unique_slug(*args)
        assert got == expected, "unique_slug(%r, %r) returned %r; expected %r." % (args[0], args[1], got, expected)
