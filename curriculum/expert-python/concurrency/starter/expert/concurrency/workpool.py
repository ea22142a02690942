"""A bounded worker pool: run func(item) for many items on a fixed number of threads.

    outcomes = run_all(fetch, ["a", "b", "c"], workers=2)
    for outcome in outcomes:
        print(outcome.ok, outcome.value, outcome.error)

Try it from a terminal in your workspace folder:

    python expert/concurrency/workpool.py
"""
import threading
import time
from typing import NamedTuple, Optional


class Outcome(NamedTuple):
    """What became of one task: its return value, or the exception it raised."""

    value: object = None
    error: Optional[BaseException] = None

    @property
    def ok(self):
        return self.error is None


def run_all(func, items, workers=4):
    """Call ``func(item)`` for every item and return a list of Outcome, one per item, in item order.

    - Use at most ``workers`` threads for the whole run (and no more threads than items):
      start them once and let each one take task after task. Never one thread per task.
    - A task that raises an Exception does not stop the others: its Outcome holds the
      exception as ``error`` (and ``value`` None).
    - When run_all returns, every task has finished and every thread it started has ended.
    - ``workers`` below 1 raises ValueError. No items gives an empty list.
    """
    # TODO
    raise NotImplementedError("run_all is not written yet")


if __name__ == "__main__":
    def slow_square(n):
        time.sleep(0.1)
        if n == 3:
            raise ValueError("three is unlucky")
        return n * n

    begin = time.perf_counter()
    for outcome in run_all(slow_square, range(8), workers=4):
        print(outcome)
    print("took %.2f s with %d threads alive" % (time.perf_counter() - begin, threading.active_count()))
