from crossroads_exercise import learner_module


def count_calls():
    return learner_module("counting").count_calls


def decorate(func):
    wrapped = count_calls()(func)
    assert callable(wrapped), "count_calls(func) should return a function, but it returned %r." % (wrapped,)
    return wrapped


def check_result_passes_through():
    wrapped = decorate(lambda: 42)
    got = wrapped()
    assert got == 42, "The decorated function returned %r; the original returns 42. Return func's result." % (got,)


def check_arguments_pass_through():
    def describe(a, b, sep="-"):
        return "%s%s%s" % (a, sep, b)

    wrapped = decorate(describe)
    got = wrapped("x", "y", sep="+")
    assert got == "x+y", "Calling the wrapper with ('x', 'y', sep='+') gave %r; expected 'x+y'. Pass *args and **kwargs on." % (got,)


def check_counts_calls():
    wrapped = decorate(lambda: None)
    assert getattr(wrapped, "calls", None) == 0, "Before any call, wrapper.calls should be 0 (got %r)." % (getattr(wrapped, "calls", None),)
    for _ in range(3):
        wrapped()
    assert wrapped.calls == 3, "After 3 calls, wrapper.calls is %r; expected 3." % (wrapped.calls,)


def check_separate_counters():
    first = decorate(lambda: 1)
    second = decorate(lambda: 2)
    first()
    first()
    second()
    assert (getattr(first, "calls", None), getattr(second, "calls", None)) == (2, 1), (
        "Two functions decorated separately should count separately: expected 2 and 1, got %r and %r. "
        "Keep the counter on the wrapper, not in a global variable." % (getattr(first, "calls", None), getattr(second, "calls", None))
    )


def check_keeps_name_and_docstring():
    def shout(text):
        """Make text loud."""
        return text.upper()

    wrapped = decorate(shout)
    assert wrapped.__name__ == "shout", "The decorated function is called %r; expected 'shout'. Use @functools.wraps(func)." % (wrapped.__name__,)
    assert wrapped.__doc__ == "Make text loud.", "The decorated function lost its docstring. Use @functools.wraps(func)."
    assert wrapped is not shout, "count_calls() returned the original function unchanged; return a new wrapper."
