"""Checks for the `producer-consumer` milestone (week4/pipeline.py)."""
import random
import threading
import time

from pymastery import call, expect, expect_equal, learner_module


def check_results_in_order():
    """results come back in the order of the items"""
    module = learner_module()

    def slow_square(x):
        time.sleep(random.random() / 200)
        return x * x

    finished, value, error = _in_thread(module.run_pipeline, iter(range(30)), slow_square,
                                        workers=3)
    expect(finished, "run_pipeline(range(30), workers=3) had not returned after 10 seconds",
           hint="Every worker must stop when the items run out: put one sentinel per worker.")
    expect(error is None, "run_pipeline raised %r" % (error,))
    expect_equal(value, [x * x for x in range(30)],
                 hint="Workers finish in any order: put (index, item) on the queue and store "
                      "each result under its index.")
    expect_equal(call(module.run_pipeline, iter([]), slow_square).value, [])


def _in_thread(fn, *args, **kwargs):
    """Run fn in a thread of its own and wait at most 10 s; returns (finished, value, error)."""
    outcome = {}

    def run():
        try:
            outcome["value"] = fn(*args, **kwargs)
        except BaseException as error:  # reported to the learner below
            outcome["error"] = error

    runner = threading.Thread(target=run, daemon=True)
    runner.start()
    runner.join(10)
    return not runner.is_alive(), outcome.get("value"), outcome.get("error")


def check_workers_run_at_once():
    """two workers really process two items at the same time"""
    module = learner_module()
    meeting = threading.Barrier(2, timeout=2)
    alone = []

    def meet(x):
        try:
            meeting.wait()   # returns only when two threads are here together
        except threading.BrokenBarrierError:
            alone.append(x)
        return x

    before = threading.active_count()
    finished, value, error = _in_thread(module.run_pipeline, iter(range(6)), meet, workers=2,
                                        maxsize=2)
    expect(finished, "run_pipeline(range(6), workers=2) had not returned after 10 seconds",
           hint="Every worker must stop when the items run out: put one sentinel per worker.")
    expect(error is None, "run_pipeline raised %r" % (error,))
    expect(not alone, "with workers=2, run_pipeline never had two items in process() at once",
           hint="Start `workers` threading.Thread objects, each taking items off the queue.")
    expect_equal(value, list(range(6)))
    expect_equal(threading.active_count(), before,
                 hint="Tell each worker to stop (a sentinel item per worker) and join() them "
                      "before returning.")


def check_queue_is_bounded():
    """the producer waits while the workers are busy"""
    module = learner_module()
    pulled = []
    gate = threading.Event()

    def source():
        for n in range(200):
            pulled.append(n)
            yield n

    def held(x):
        gate.wait(5)
        return x

    outcome = {}
    runner = threading.Thread(target=lambda: outcome.setdefault(
        "value", module.run_pipeline(source(), held, workers=2, maxsize=3)))
    runner.daemon = True
    runner.start()
    time.sleep(0.5)
    read_ahead = len(pulled)
    gate.set()
    runner.join(10)
    expect(read_ahead <= 2 + 3 + 2,
           "while both workers were busy, run_pipeline had already read %d of 200 items" % read_ahead,
           hint="Read the items one at a time and put each on a queue.Queue(maxsize): put() "
                "waits while the queue is full. Never call list(items).")
    expect_equal(outcome.get("value"), list(range(200)))
