"""Wrong: workers append to a shared list as they finish, so the order is the finishing order."""
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
    tasks = queue.Queue()
    for item in items:
        tasks.put(item)
    outcomes = []

    def worker():
        while True:
            try:
                item = tasks.get_nowait()
            except queue.Empty:
                return
            try:
                outcomes.append(Outcome(value=func(item)))
            except Exception as exc:
                outcomes.append(Outcome(error=exc))

    threads = [threading.Thread(target=worker) for _ in range(min(workers, tasks.qsize()))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes
