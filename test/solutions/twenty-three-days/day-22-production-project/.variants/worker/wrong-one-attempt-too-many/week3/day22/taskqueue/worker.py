"""Workers: take tasks from the queue, run them, retry failures, stop cleanly."""
import signal
import threading
from typing import Any, Callable, List, Mapping

from .broker import TaskQueue


class Worker:
    def __init__(self, queue: TaskQueue, tasks: Mapping[str, Callable[..., Any]], max_attempts: int = 3) -> None:
        self.queue = queue
        self.tasks = tasks
        self.max_attempts = max_attempts

    def run_once(self, timeout: float = 1.0) -> bool:
        job = self.queue.fetch(timeout)
        if job is None:
            return False
        function = self.tasks.get(job["task"])
        if function is None:
            self.queue.fail(job["id"], "unknown task %r" % job["task"], retry=False)
            return True
        try:
            result = function(*job["args"], **job["kwargs"])
        except Exception as error:
            retry = job["attempts"] < self.max_attempts
            self.queue.fail(job["id"], "%s: %s" % (type(error).__name__, error), retry=retry)
        else:
            self.queue.complete(job["id"], result)
        return True

    def run(self, stop: threading.Event, poll: float = 0.1) -> None:
        while not stop.is_set():
            self.run_once(poll)


def run_workers(make_queue: Callable[[], TaskQueue], tasks: Mapping[str, Callable[..., Any]], count: int,
                stop: threading.Event, max_attempts: int = 3) -> List[threading.Thread]:
    threads = []
    for number in range(count):
        worker = Worker(make_queue(), tasks, max_attempts)
        thread = threading.Thread(target=worker.run, args=(stop,), name="worker-%d" % number, daemon=True)
        thread.start()
        threads.append(thread)
    return threads


def install_signal_handlers(stop: threading.Event) -> None:
    def handle(signum: int, frame: Any) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, handle)
    signal.signal(signal.SIGINT, handle)
