"""Checks for the `metrics` milestone: Metrics in week3/day16/realtime_processor.py, with a clock of the check's own."""
from pymastery import call, expect_equal, learner_module


class _Clock:
    def __init__(self, now=100.0):
        self.now = now

    def __call__(self):
        return self.now


def check_counts_and_rate():
    """events and errors are counted, and the rate is per second since the start"""
    processor = learner_module()
    clock = _Clock()
    metrics = call(processor.Metrics, clock).value
    for ok in (True, True, False, True, True, False, True, True):
        call(metrics.record, ok)
    clock.now += 4.0
    expect_equal(call(metrics.snapshot, 3).value,
                 {"processed": 8, "errors": 2, "events_per_sec": 2.0, "queue_size": 3},
                 hint="processed counts every record() call, errors only those with ok=False, and events_per_sec "
                      "is processed / (clock() - the clock when Metrics was made).")


def check_rate_is_rounded():
    """events_per_sec is rounded to two places"""
    processor = learner_module()
    clock = _Clock()
    metrics = call(processor.Metrics, clock).value
    for _ in range(10):
        call(metrics.record)
    clock.now += 3.0
    expect_equal(call(metrics.snapshot).value["events_per_sec"], 3.33, hint="round(rate, 2).")
    expect_equal(call(metrics.snapshot).value["queue_size"], 0, hint="queue_size defaults to 0.")


def check_no_time_yet():
    """before any time has passed the rate is 0.0, not a ZeroDivisionError"""
    processor = learner_module()
    metrics = call(processor.Metrics, _Clock()).value
    call(metrics.record)
    expect_equal(call(metrics.snapshot).value,
                 {"processed": 1, "errors": 0, "events_per_sec": 0.0, "queue_size": 0},
                 hint="When no time has passed, report 0.0 instead of dividing by zero.")
