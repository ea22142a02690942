"""Day 15: a concurrent file processor.

Threads for work that waits, processes for work that computes, a queue that
reports progress, and a benchmark that compares the three ways. Try it on files
of your own from a terminal:

    python week3/day15/concurrent_processor.py FILE [FILE ...]

Replace each ``raise NotImplementedError`` with a real body, one milestone at a time.
"""
from __future__ import annotations

import os
import queue
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, Optional

# on_done(item, ok) is called once for every finished item; ok is False when it failed.
OnDone = Callable[[Any, bool], None]


@dataclass
class BatchResult:
    """What a batch of jobs gave: the result of each item that worked, and the
    exception of each item that failed, both keyed by the item."""

    results: Dict[Any, Any] = field(default_factory=dict)
    errors: Dict[Any, BaseException] = field(default_factory=dict)


# -- given: the work itself --------------------------------------------------------------------

def file_stats(path: str) -> dict:
    """Read a text file and describe it: lines, words, characters, the three most
    common words and a simple checksum. The counting keeps the CPU busy."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    words = text.lower().split()
    checksum = 0
    for char in text:
        checksum = (checksum * 31 + ord(char)) % 1_000_000_007
    return {
        "lines": text.count("\n"),
        "words": len(words),
        "chars": len(text),
        "top": Counter(words).most_common(3),
        "checksum": checksum,
    }


def worker_pid(item: Any) -> int:
    """A tiny job that only says which process ran it."""
    return os.getpid()


# -- milestone "Threads for waiting" ------------------------------------------------------------

def run_threaded(func: Callable[[Any], Any], items: Iterable[Any], max_workers: int = 8,
                 on_done: Optional[OnDone] = None) -> BatchResult:
    """Run ``func(item)`` for every item on a pool of ``max_workers`` threads.

    Collect the results as they complete. An exception in one item goes into
    ``errors`` under that item and never stops the others. Call ``on_done(item,
    ok)`` once per item as soon as it finishes, if on_done is given.
    """
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        return _collect(pool, func, items, on_done)


def _collect(pool, func, items, on_done):
    """Submits every item to the pool and gathers the outcomes as they complete."""
    batch = BatchResult()
    futures = {pool.submit(func, item): item for item in items}
    for future in as_completed(futures):
        item = futures[future]
        error = future.exception()
        if error is None:
            batch.results[item] = future.result()
        else:
            batch.errors[item] = error
        if on_done is not None:
            on_done(item, error is None)
    return batch


# -- milestone "Processes for computing" --------------------------------------------------------

def run_in_processes(func: Callable[[Any], Any], items: Iterable[Any], max_workers: Optional[int] = None,
                     on_done: Optional[OnDone] = None) -> BatchResult:
    """Like run_threaded, but on a pool of worker processes.

    ``func`` must be a function defined at the top of a module (such as
    file_stats), because it travels to the workers by name. An exception in one
    item goes into ``errors``; on_done is called in this process.
    """
    with ProcessPoolExecutor(max_workers=max_workers) as pool:
        return _collect(pool, func, items, on_done)


# -- milestone "Progress through a queue" -------------------------------------------------------

class ProgressTracker:
    """Counts finished items reported from any number of threads.

    report() only puts an event on a queue.Queue, so it is quick and safe to
    call from any thread. One consumer thread of the tracker's own, started by
    start(), takes the events off the queue one at a time, updates ``done`` and
    ``failed``, and calls ``on_update(done, failed, total)`` after each event.
    close() waits until every event reported so far has been handled, then
    stops the consumer thread. ``with ProgressTracker(...) as tracker:`` starts
    and closes it.
    """

    def __init__(self, total: int, on_update: Optional[Callable[[int, int, int], None]] = None) -> None:
        self.total = total
        self.on_update = on_update
        self.done = 0      # items that worked
        self.failed = 0    # items that failed
        self._events: "queue.Queue" = queue.Queue()
        self._thread: Optional[threading.Thread] = None

    def report(self, item: Any, ok: bool = True) -> None:
        self._events.put((item, ok))

    def start(self) -> "ProgressTracker":
        self._thread = threading.Thread(target=self._consume, daemon=True)
        self._thread.start()
        return self

    def _consume(self) -> None:
        while True:
            event = self._events.get()
            try:
                if event is None:
                    return
                if event[1]:
                    self.done += 1
                else:
                    self.failed += 1
                if self.on_update is not None:
                    self.on_update(self.done, self.failed, self.total)
            finally:
                self._events.task_done()

    def close(self) -> None:
        if self._thread is None:
            return
        self._events.put(None)
        self._thread.join()
        self._thread = None

    def __enter__(self) -> "ProgressTracker":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- milestone "Serial, threads or processes: measured" -----------------------------------------

MODES = ("serial", "threads", "processes")


def process_files(paths: Iterable[str], mode: str = "serial", max_workers: int = 4,
                  progress: Optional[ProgressTracker] = None) -> BatchResult:
    """Run file_stats on every path, one after another ("serial"), on threads
    ("threads") or on processes ("processes"), and return the BatchResult.

    Every mode gives the same results and errors. If ``progress`` is given, call
    ``progress.report(path, ok)`` once per path. An unknown mode raises ValueError.
    """
    on_done = progress.report if progress is not None else None
    paths = list(paths)
    if mode == "threads":
        return run_threaded(file_stats, paths, max_workers, on_done)
    if mode == "processes":
        return run_in_processes(file_stats, paths, max_workers, on_done)
    if mode != "serial":
        raise ValueError(f"unknown mode {mode!r}: use one of {', '.join(MODES)}")
    batch = BatchResult()
    for path in paths:
        try:
            batch.results[path] = file_stats(path)
        except Exception as error:
            batch.errors[path] = error
        if on_done is not None:
            on_done(path, path in batch.results)
    return batch


def benchmark(paths: Iterable[str], modes: Iterable[str] = MODES,
              timer: Callable[[], float] = time.perf_counter) -> Dict[str, float]:
    """Time process_files(paths, mode) once for each mode and return
    {mode: seconds}. Read the time with ``timer()`` just before and just after
    each run, so a test can hand in a clock of its own."""
    paths = list(paths)
    times = {}
    for mode in modes:
        start = timer()
        process_files(paths, mode)
        times[mode] = timer() - start
    return times


def main(argv: list) -> int:
    paths = argv[1:]
    if not paths:
        print("usage: python concurrent_processor.py FILE [FILE ...]", file=sys.stderr)
        return 2
    for mode, seconds in benchmark(paths).items():
        print(f"{mode:<10} {seconds * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
