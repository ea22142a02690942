"""Workers: take tasks from the queue, run them, retry failures, stop cleanly."""
import signal
import threading
from typing import Any, Callable, List, Mapping

from .broker import TaskQueue


class Worker:
    """Runs tasks by name from `tasks`; a task runs at most `max_attempts` times."""

    def __init__(self, queue: TaskQueue, tasks: Mapping[str, Callable[..., Any]], max_attempts: int = 3) -> None:
        self.queue = queue
        self.tasks = tasks
        self.max_attempts = max_attempts

    def run_once(self, timeout: float = 1.0) -> bool:
        """Fetches one task and runs it; False when none came within `timeout`.

        Success: complete with the return value. An exception: fail with "TypeName: message",
        retrying while attempts remain. A name not in `tasks`: fail at once, no retry.
        """
        # TODO
        raise NotImplementedError

    def run(self, stop: threading.Event, poll: float = 0.1) -> None:
        """Runs tasks until `stop` is set; a task already started is always finished."""
        # TODO
        raise NotImplementedError


def run_workers(make_queue: Callable[[], TaskQueue], tasks: Mapping[str, Callable[..., Any]], count: int,
                stop: threading.Event, max_attempts: int = 3) -> List[threading.Thread]:
    """Starts `count` worker threads, each with its own queue object from make_queue(), all
    stopping when `stop` is set; returns the threads."""
    # TODO
    raise NotImplementedError


def install_signal_handlers(stop: threading.Event) -> None:
    """Makes SIGTERM (what docker stop sends) and SIGINT (Ctrl+C) set `stop`."""
    # TODO
    raise NotImplementedError
