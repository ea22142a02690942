"""Checks for the `timer` milestone: a class-based context manager."""
from pymastery import capture, expect, expect_equal, expect_isinstance, fail, learner_module


class FakeClock:
    """Returns the given times one after another and counts the calls."""

    def __init__(self, *times):
        self.times = list(times)
        self.calls = 0

    def __call__(self):
        self.calls += 1
        if not self.times:
            fail("clock() was called more than twice",
                 hint="Call clock() once in __enter__ and once in __exit__.")
        return self.times.pop(0)


def _run(timer, body):
    def block():
        with timer as value:
            body(value)
    return capture(block)


def check_measures_the_block():
    """elapsed is the time between entering and leaving"""
    tool = learner_module()
    clock, reports = FakeClock(100.0, 103.25), []
    timer = tool.Timer("load", clock=clock, report=reports.append)
    seen = []
    outcome = _run(timer, seen.append)
    if outcome.exception is not None:
        raise outcome.exception
    expect(bool(seen) and seen[0] is timer, "`with Timer(...) as t` did not give t the Timer itself",
           hint="__enter__ returns self, which is what `as` receives.")
    expect_equal(timer.elapsed, 3.25, hint="Store clock() on the way in; elapsed = clock() - start on the way out.")
    expect_equal(clock.calls, 2, hint="Read the clock exactly once in __enter__ and once in __exit__.")


def check_reports_once():
    """report gets one line with the label and the seconds"""
    tool = learner_module()
    reports = []
    timer = tool.Timer("load", clock=FakeClock(5.0, 5.125), report=reports.append)
    outcome = _run(timer, lambda value: None)
    if outcome.exception is not None:
        raise outcome.exception
    expect_equal(reports, ["load: 0.125s"],
                 hint="Call self.report once, with '{label}: {elapsed:.3f}s'.")


def check_exceptions_pass_through():
    """an exception in the block is measured, reported and not swallowed"""
    tool = learner_module()
    reports = []
    timer = tool.Timer("parse", clock=FakeClock(1.0, 1.5), report=reports.append)

    def explode(value):
        raise KeyError("missing")

    outcome = _run(timer, explode)
    expect_isinstance(
        outcome.exception, KeyError,
        hint="__exit__ must return False (or None). Returning True tells Python the exception "
             "was handled and it vanishes.",
    )
    expect_equal(timer.elapsed, 0.5, hint="__exit__ runs when the block raises too, so measure there.")
    expect_equal(reports, ["parse: 0.500s"], hint="Report in __exit__ whatever happened in the block.")
