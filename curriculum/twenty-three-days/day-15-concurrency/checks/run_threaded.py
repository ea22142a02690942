"""Checks for the `run-threaded` milestone: run_threaded in week3/day15/concurrent_processor.py."""
import threading
import time

from pymastery import call, expect, expect_equal, expect_isinstance, learner_module


class _Gauge:
    """A job that waits like a network call and notes how many copies of it run at once."""

    def __init__(self, pause=0.15, fail_on=()):
        self.pause, self.fail_on = pause, set(fail_on)
        self.lock = threading.Lock()
        self.active = self.peak = 0
        self.threads = set()

    def __call__(self, item):
        with self.lock:
            self.active += 1
            self.peak = max(self.peak, self.active)
            self.threads.add(threading.get_ident())
        try:
            time.sleep(self.pause)
            if item in self.fail_on:
                raise ValueError("item %r is broken" % (item,))
            return item * 10
        finally:
            with self.lock:
                self.active -= 1


def check_results_by_item():
    """every item's result comes back under that item"""
    processor = learner_module()
    batch = call(processor.run_threaded, _Gauge(pause=0.01), [3, 1, 2], max_workers=2).value
    expect_isinstance(batch, processor.BatchResult, hint="Return a BatchResult(results, errors).")
    expect_equal(batch.results, {3: 30, 1: 10, 2: 20},
                 hint="Keep a dict from each future to its item ({pool.submit(func, item): item ...}), "
                      "then store future.result() under that item.")
    expect_equal(batch.errors, {}, hint="Nothing failed, so errors stays empty.")


def check_waits_overlap_within_the_limit():
    """max_workers jobs wait at the same time, never more"""
    processor = learner_module()
    gauge = _Gauge(pause=0.15)
    started = time.perf_counter()
    batch = call(processor.run_threaded, gauge, list(range(9)), max_workers=3).value
    took = time.perf_counter() - started
    expect_equal(len(batch.results), 9, hint="One result per item.")
    expect(gauge.peak <= 3, "%d jobs ran at once, but max_workers was 3." % gauge.peak,
           hint="Pass max_workers to ThreadPoolExecutor(max_workers=...).")
    expect(gauge.peak >= 2, "The jobs ran one after another: never two at once.",
           hint="Submit every item before you wait for any result; calling future.result() "
                "right after each submit runs them in turn.")
    expect(took < 9 * 0.15, "Nine waits of 0.15 s took %.2f s, as long as doing them in turn." % took,
           hint="Use a ThreadPoolExecutor, so that the waits overlap.")


def check_a_failure_stays_with_its_item():
    """an exception is kept under its item and the other items still finish"""
    processor = learner_module()
    batch = call(processor.run_threaded, _Gauge(pause=0.02, fail_on={2, 4}), [1, 2, 3, 4, 5], max_workers=2).value
    expect_equal(sorted(batch.results), [1, 3, 5], hint="The items that worked still give their results.")
    expect_equal(sorted(batch.errors), [2, 4],
                 hint="future.exception() returns the exception a job raised (or None); store it under the item "
                      "instead of letting future.result() raise it.")
    expect(all(isinstance(error, ValueError) for error in batch.errors.values()),
           "errors should hold the exceptions the jobs raised, got %r." % (batch.errors,),
           hint="Store the exception object itself.")


def check_on_done_for_every_item():
    """on_done(item, ok) is called once per item, as each one finishes"""
    processor = learner_module()
    reports = []
    gauge = _Gauge(pause=0.02, fail_on={"b"})
    call(processor.run_threaded, gauge, ["a", "b", "c"], max_workers=3,
         on_done=lambda item, ok: reports.append((item, ok)))
    expect_equal(sorted(reports), [("a", True), ("b", False), ("c", True)],
                 hint="Call on_done(item, True) for a result and on_done(item, False) for an exception.")
    batch = call(processor.run_threaded, _Gauge(pause=0.01), [7], max_workers=1).value
    expect_equal(batch.results, {7: 70}, hint="on_done is optional: without it, just skip the call.")


def check_results_as_they_complete():
    """a quick item is reported before a slow one that was submitted first"""
    processor = learner_module()
    order = []

    def job(seconds):
        time.sleep(seconds)
        return seconds

    call(processor.run_threaded, job, [0.4, 0.01], max_workers=2, on_done=lambda item, ok: order.append(item))
    expect_equal(order, [0.01, 0.4],
                 hint="Loop over concurrent.futures.as_completed(futures): it hands you each future as it "
                      "finishes, not in the order you submitted them.")
