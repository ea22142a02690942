"""Week 7: a counter that many threads can share."""
import threading
import time


def pause():
    """Let other threads run for a moment, as real work between reading and writing would."""
    time.sleep(0)


class UnsafeCounter:
    """Reads, pauses, writes: two threads can read the same value and one increment is lost."""

    def __init__(self, pause=pause):
        self.value = 0
        self.pause = pause

    def increment(self):
        current = self.value
        self.pause()
        self.value = current + 1


class SafeCounter:
    """Like UnsafeCounter, but no increment is ever lost, however many threads share it.

    ``increment`` must still read the value, call ``self.pause()``, then write the new value.
    """

    def __init__(self, pause=pause):
        self.value = 0
        self.pause = pause
        self._lock = threading.Lock()

    def increment(self):
        current = self.value
        self.pause()
        self.value = current + 1


def hammer(counter, threads, per_thread):
    """Start ``threads`` threads that each call ``counter.increment()`` ``per_thread`` times.

    Wait for all of them to finish and return ``counter.value``.
    """
    def work():
        for _ in range(per_thread):
            counter.increment()

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return counter.value
