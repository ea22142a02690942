"""Checks for the `worker-pool` milestone (week7/pool.py)."""
import threading
import time

from pymastery import call, expect, expect_equal, expect_isinstance, learner_module


class _Tracker:
    """Counts how many calls run at the same moment."""

    def __init__(self):
        self.lock = threading.Lock()
        self.running = 0
        self.most = 0

    def __call__(self, seconds):
        with self.lock:
            self.running += 1
            self.most = max(self.most, self.running)
        try:
            time.sleep(seconds)
            return seconds * 1000
        finally:
            with self.lock:
                self.running -= 1


def check_results_in_order():
    """results come back in the order of the items, not the order they finished"""
    module = learner_module()
    items = [0.06, 0.01, 0.04, 0.0, 0.03, 0.02]
    result = call(module.run_pool, _Tracker(), items, workers=3).value
    expect_equal(result, [n * 1000 for n in items],
                 hint="Remember each item's index and put its result at that index.")


def check_never_more_than_workers():
    """with workers=3 and 12 items, exactly 3 calls run at once at the busiest moment"""
    module = learner_module()
    tracker = _Tracker()
    call(module.run_pool, tracker, [0.03] * 12, workers=3)
    expect(tracker.most <= 3, f"{tracker.most} calls ran at the same time with workers=3",
           hint="Start only `workers` threads, and let each one take the next item when it is "
                "free, instead of one thread per item.")
    expect_equal(tracker.most, 3, hint="The calls ran one after another: start the threads "
                                       "before joining any of them.")


def check_exceptions_are_kept():
    """a call that raises leaves its exception in its place; the others still run"""
    module = learner_module()

    def invert(n):
        return 1 / n

    result = call(module.run_pool, invert, [1, 0, 4, 2], workers=2).value
    expect_equal(len(result), 4)
    expect_isinstance(result[1], ZeroDivisionError,
                      hint="Catch Exception around func(item) and store the exception object.")
    expect_equal([result[0], result[2], result[3]], [1.0, 0.25, 0.5])


def check_no_items():
    """no items give an empty list"""
    module = learner_module()
    expect_equal(call(module.run_pool, abs, [], workers=3).value, [])
