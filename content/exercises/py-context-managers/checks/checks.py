import os
import tempfile
import time

from crossroads_exercise import learner_module


def managers():
    return learner_module("managers")


class Boom(Exception):
    pass


def check_timer_measures():
    Timer = managers().Timer
    timer = Timer()
    assert hasattr(timer, "__enter__") and hasattr(timer, "__exit__"), "Timer needs __enter__ and __exit__ methods."
    with timer as t:
        time.sleep(0.05)
    assert t is timer, "__enter__ should return the timer itself (return self), so `as t` gets it."
    assert isinstance(t.elapsed, float), "After the block, elapsed should be a float of seconds, not %r." % (t.elapsed,)
    assert 0.04 <= t.elapsed < 5, "The block slept 0.05 s but elapsed is %r." % (t.elapsed,)


def check_timer_does_not_swallow_errors():
    Timer = managers().Timer
    timer = Timer()
    assert hasattr(timer, "__exit__"), "Timer needs __enter__ and __exit__ methods."
    try:
        with timer:
            raise Boom("inside")
    except Boom:
        pass
    else:
        raise AssertionError("An exception raised inside `with Timer():` disappeared. __exit__ must not return True.")
    assert timer.elapsed is not None, "elapsed should be set even when the block raised; set it in __exit__."


def check_changed_directory():
    start = os.getcwd()
    with tempfile.TemporaryDirectory() as target:
        with managers().changed_directory(target):
            inside = os.getcwd()
        after = os.getcwd()
        os.chdir(start)
    assert os.path.realpath(inside) == os.path.realpath(target), "Inside the block the folder was %s; expected %s." % (inside, target)
    assert after == start, "After the block the folder is %s; it should be back at %s." % (after, start)


def check_changed_directory_on_error():
    start = os.getcwd()
    with tempfile.TemporaryDirectory() as target:
        try:
            with managers().changed_directory(target):
                raise Boom("inside")
        except Boom:
            pass
        after = os.getcwd()
        os.chdir(start)
    assert after == start, (
        "The block raised an exception and the folder stayed %s; it should be back at %s. "
        "Wrap the yield in try/finally." % (after, start)
    )


def check_yields_the_path():
    with tempfile.TemporaryDirectory() as target:
        with managers().changed_directory(target) as here:
            pass
    assert here is not None and os.path.realpath(here) == os.path.realpath(target), "`as here` received %r; yield the new folder (os.getcwd())." % (here,)
