"""Entry points for the containers, given ready-made.

    uvicorn taskqueue.main:create_api --factory --host 0.0.0.0   the HTTP API
    python -m taskqueue.main worker                                the workers (WORKER_THREADS threads)

Both read REDIS_URL from the environment.
"""
import os
import sys
import threading
from typing import List, Optional

import redis
from fastapi import FastAPI

from .api import create_app
from .broker import TaskQueue
from .worker import install_signal_handlers, run_workers


def add(a: float, b: float) -> float:
    return a + b


def word_count(text: str) -> int:
    return len(text.split())


TASKS = {"add": add, "word_count": word_count}


def make_queue() -> TaskQueue:
    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    return TaskQueue(redis.Redis.from_url(url, decode_responses=True))


def create_api() -> FastAPI:
    return create_app(make_queue(), TASKS)


def main(argv: Optional[List[str]] = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] != ["worker"]:
        print("usage: python -m taskqueue.main worker", file=sys.stderr)
        return 2
    stop = threading.Event()
    install_signal_handlers(stop)
    threads = run_workers(make_queue, TASKS, int(os.environ.get("WORKER_THREADS", "4")), stop)
    print("%d workers started; Ctrl+C or SIGTERM stops them after their current task" % len(threads))
    while any(thread.is_alive() for thread in threads):
        for thread in threads:
            thread.join(timeout=0.5)
    print("all workers stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
