"""Checks for the `toolkit-timing` milestone (week2/mathkit/timing.py)."""
import math

from pymastery import call, expect, expect_equal, expect_raises, fake_clock, learner_module


def check_measures_each_call():
    """timed records how long each call took"""
    module = learner_module()
    with fake_clock(module) as clock:
        def work(seconds):
            clock.sleep(seconds)
            return seconds * 2

        timed_work = call(module.timed, work).value
        expect_equal((getattr(timed_work, "calls", None), getattr(timed_work, "last", "missing")),
                     (0, None), hint="Before any call, set wrapper.calls = 0 and wrapper.last = None.")
        expect_equal(call(timed_work, 0.5).value, 1.0, hint="Return what the function returns.")
        expect(timed_work.last is not None and math.isclose(timed_work.last, 0.5),
               f"after a call that took 0.5 s, .last is {timed_work.last!r}",
               hint="Read time.perf_counter() before and after the call; the difference is .last.")
        call(timed_work, 1.25)
        expect_equal(timed_work.calls, 2)
        expect(math.isclose(timed_work.last, 1.25) and math.isclose(timed_work.total, 1.75),
               f"after calls of 0.5 s and 1.25 s, .last is {timed_work.last!r} and .total "
               f"{timed_work.total!r}", hint="Add each call's time to wrapper.total.")


def check_measures_failures_too():
    """a call that raises is measured, and its error goes on"""
    module = learner_module()
    with fake_clock(module) as clock:
        def broken():
            clock.sleep(2)
            raise KeyError("gone")

        timed_broken = call(module.timed, broken).value
        expect_raises(KeyError, timed_broken,
                      hint="Don't swallow the exception: let it out after measuring.")
        expect(timed_broken.calls == 1 and math.isclose(timed_broken.last or 0, 2),
               f"after a failing call of 2 s, .calls is {timed_broken.calls!r} and .last "
               f"{timed_broken.last!r}",
               hint="Put the call in try/finally and do the bookkeeping in finally.")


def check_keeps_name():
    """the wrapper keeps the function's name"""
    module = learner_module()

    def slow_square(x):
        """Square x."""
        return x * x

    wrapped = call(module.timed, slow_square).value
    expect_equal((wrapped.__name__, wrapped.__doc__), ("slow_square", "Square x."),
                 hint="@functools.wraps(func) on the wrapper.")
    expect_equal(call(wrapped, 4).value, 16)
