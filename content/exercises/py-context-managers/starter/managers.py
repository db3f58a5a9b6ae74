"""Context managers: a class with __enter__/__exit__, and @contextmanager."""

import contextlib
import os
import time


class Timer:
    """with Timer() as t: ... then t.elapsed holds the seconds spent in the block."""

    def __init__(self):
        self.elapsed = None

    # TODO: __enter__ and __exit__


@contextlib.contextmanager
def changed_directory(path):
    """Run the with block inside path, then return to the previous folder."""
    os.chdir(path)
    yield os.getcwd()
    # TODO: go back to where we were, even if the block raised.
