"""Context managers: a class with __enter__/__exit__, and @contextmanager."""

import contextlib
import os
import time


class Timer:
    """with Timer() as t: ... then t.elapsed holds the seconds spent in the block."""

    def __init__(self):
        self.elapsed = None

    def __enter__(self):
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self._start
        return False  # never hide an exception from the caller


@contextlib.contextmanager
def changed_directory(path):
    """Run the with block inside path, then return to the previous folder."""
    previous = os.getcwd()
    os.chdir(path)
    try:
        yield os.getcwd()
    finally:
        os.chdir(previous)
