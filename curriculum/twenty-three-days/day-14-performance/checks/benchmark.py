"""Checks for the `benchmark` milestone: best_time and compare.

The timed functions sleep, so their durations are known; the checks only rely
on the lower bounds that sleeping guarantees and on generous upper bounds.
"""
import time

from pymastery import call, capture, expect, expect_equal, learner_module


class SlowFirstCall:
    """Sleeps `first` seconds on its first call and `later` seconds on every other call."""

    def __init__(self, first, later):
        self.first = first
        self.later = later
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        time.sleep(self.first if self.calls == 1 else self.later)
        return args


def check_best_time_takes_the_minimum():
    """best_time reports the fastest round, not the average"""
    optimizer = learner_module()
    stumble = SlowFirstCall(first=0.3, later=0.005)
    seconds = call(optimizer.best_time, stumble, repeat=5).value
    expect_equal(stumble.calls, 5, hint="repeat=5 with number=1 means five calls in all.")
    expect(isinstance(seconds, float) and 0.004 <= seconds < 0.04,
           "best_time gave %r s; four of the five rounds took about 0.005 s and one 0.3 s." % (seconds,),
           hint="timeit.repeat(..., repeat=repeat, number=number) returns one total per round: take min(), not the mean.")


def check_best_time_per_call():
    """best_time divides a round by the number of calls in it"""
    optimizer = learner_module()
    steady = SlowFirstCall(first=0.01, later=0.01)
    seconds = call(optimizer.best_time, steady, "arg", repeat=3, number=4).value
    expect_equal(steady.calls, 12, hint="number calls per round, repeat rounds.")
    expect(0.009 <= seconds < 0.03,
           "Each call takes about 0.01 s, but best_time gave %r s." % (seconds,),
           hint="A round times number calls together: divide the best round by number.")


def check_compare_times_both():
    """compare times both functions and works out the speedup"""
    optimizer = learner_module()

    def slow(x):
        time.sleep(0.03)
        return x * 2

    def fast(x):
        time.sleep(0.003)
        return x + x

    result = call(optimizer.compare, slow, fast, 21, repeat=3).value
    slow_seconds, fast_seconds, speedup = result
    expect(0.029 <= slow_seconds < 0.1 and 0.0029 <= fast_seconds < 0.03,
           "Measured %r s and %r s for functions that take about 0.03 s and 0.003 s." % (slow_seconds, fast_seconds),
           hint="Use best_time for each function, with the same arguments.")
    expect(abs(speedup - slow_seconds / fast_seconds) < 1e-9 and speedup > 2,
           "speedup should be slow_seconds / fast_seconds, got %r." % (speedup,), hint="Divide slow by fast.")
    expect_equal((result.slow_seconds, result.fast_seconds), (slow_seconds, fast_seconds),
                 hint="Return a Comparison(slow_seconds, fast_seconds, speedup).")


def check_compare_refuses_wrong_answers():
    """compare refuses a fast version that gives another result"""
    optimizer = learner_module()
    outcome = capture(optimizer.compare, sorted, lambda items: list(items), [3, 1, 2])
    expect(isinstance(outcome.exception, ValueError),
           "compare(sorted, list, [3, 1, 2]) should raise ValueError, got %r." % (outcome.exception or outcome.value,),
           hint="Call both once and compare the results before timing anything.")
