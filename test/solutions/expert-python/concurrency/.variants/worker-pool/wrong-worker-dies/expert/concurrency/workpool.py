"""Wrong: an exception ends the worker thread; its error is kept but its other tasks are lost."""
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
    tasks = queue.Queue()
    for pair in enumerate(items):
        tasks.put(pair)

    def worker():
        while True:
            try:
                index, item = tasks.get_nowait()
            except queue.Empty:
                return
            try:
                outcomes[index] = Outcome(value=func(item))
            except Exception as exc:
                outcomes[index] = Outcome(error=exc)
                return

    threads = [threading.Thread(target=worker) for _ in range(min(workers, len(items)))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes
