"""Right: a ThreadPoolExecutor, whose threads are bounded and reused."""
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


def _attempt(func, item):
    try:
        return Outcome(value=func(item))
    except Exception as exc:
        return Outcome(error=exc)


def run_all(func, items, workers=4):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    items = list(items)
    if not items:
        return []
    with ThreadPoolExecutor(max_workers=min(workers, len(items))) as executor:
        return list(executor.map(lambda item: _attempt(func, item), items))
