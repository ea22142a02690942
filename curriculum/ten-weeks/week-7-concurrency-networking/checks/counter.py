"""Checks for the `thread-counter` milestone (week7/counter.py)."""
import threading
import time

from pymastery import call, expect, expect_equal, learner_module


def _yielding_pause():
    """A pause that counts itself and hands the processor to another thread."""
    with _pauses_lock:
        _pauses[0] += 1
    time.sleep(0)


_pauses = [0]
_pauses_lock = threading.Lock()


def check_the_race_is_real():
    """without a lock, eight threads lose increments (so the next check means something)"""
    module = learner_module()
    counter = module.UnsafeCounter(pause=_yielding_pause)
    threads = [threading.Thread(target=lambda: [counter.increment() for _ in range(300)])
               for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    expect(counter.value < 2400,
           f"UnsafeCounter reached {counter.value} of 2400: this time no increment was lost",
           hint="Leave UnsafeCounter as the starter wrote it: it is the example of the race.")


def check_safe_counter_loses_nothing():
    """SafeCounter keeps every increment of 8 threads x 300, pausing inside each one"""
    module = learner_module()
    _pauses[0] = 0
    counter = call(module.SafeCounter, pause=_yielding_pause).value
    threads = [threading.Thread(target=lambda: [counter.increment() for _ in range(300)])
               for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    expect_equal(_pauses[0], 2400,
                 hint="Each increment reads the value, calls self.pause() once, then writes.")
    expect_equal(counter.value, 2400,
                 hint="Some increments were lost: two threads read the same value. Hold a "
                      "threading.Lock from the read to the write.")


def check_hammer_uses_threads():
    """hammer runs the increments on the number of threads asked for and waits for them"""
    module = learner_module()
    seen = set()

    class Probe:
        value = 0

        def increment(self):
            seen.add(threading.get_ident())
            time.sleep(0.001)
            with _pauses_lock:
                self.value += 1

    probe = Probe()
    result = call(module.hammer, probe, 4, 25).value
    expect_equal(result, 100, hint="Join every thread before reading counter.value.")
    expect_equal(len(seen), 4, hint="Start one threading.Thread per thread asked for; each one "
                                    "calls increment per_thread times.")
    expect(threading.get_ident() not in seen, "the increments ran on the caller's own thread",
           hint="The work goes in the threads' target function, not in hammer itself.")
