"""Wrong: one new thread per task, all started at once."""
import queue
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import NamedTuple, Optional


class Outcome(NamedTuple):
    value: object = None
    error: Optional[BaseException] = None

    @property
    def ok(self):
        return self.error is None


def run_all(func, items, workers=4):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    items = list(items)
    outcomes = [None] * len(items)

    def task(index, item):
        try:
            outcomes[index] = Outcome(value=func(item))
        except Exception as exc:
            outcomes[index] = Outcome(error=exc)

    threads = [threading.Thread(target=task, args=pair) for pair in enumerate(items)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes
