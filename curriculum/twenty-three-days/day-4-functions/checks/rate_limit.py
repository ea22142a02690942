"""Checks for the `rate-limit` milestone. The clock is a fake one the check moves by hand."""

from pymastery import call, capture, expect, expect_equal, fail, fake_clock, learner_module


CODE = "week1/day4/decorators.py"


def _limited(tool, calls, period):
    seen = []

    def ping(n=0):
        """Answer a ping."""
        seen.append(n)
        return n

    decorator = call(tool.rate_limit, calls=calls, period=period).value
    return call(decorator, ping).value, seen


def _refused(tool, fn, note):
    outcome = capture(fn, -1)
    if not isinstance(outcome.exception, tool.RateLimitExceeded):
        fail("%s, the call should raise RateLimitExceeded, but %s." % (
            note, "it went through" if outcome.exception is None else "it raised %r" % (outcome.exception,)),
            hint="Keep the times of recent calls (time.monotonic()) and refuse a call when "
                 "`calls` of them are less than `period` seconds old.", at="rate_limit")


def check_allows_up_to_the_limit():
    """the first `calls` calls go through and the next is refused"""
    tool = learner_module(CODE)
    clock = fake_clock(tool)
    with clock:
        ping, seen = _limited(tool, 5, 1.0)
        results = [call(ping, n).value for n in range(5)]
        _refused(tool, ping, "After five calls in the same instant")
    expect_equal(results, [0, 1, 2, 3, 4], at="rate_limit")
    expect_equal(seen, [0, 1, 2, 3, 4], hint="A refused call must not reach the function.",
                 at="rate_limit")
    expect(issubclass(tool.RateLimitExceeded, Exception), "RateLimitExceeded must be an Exception.",
           at="RateLimitExceeded")


def check_limit_recovers():
    """once the period has passed, calls are allowed again"""
    tool = learner_module(CODE)
    clock = fake_clock(tool)
    with clock:
        ping, seen = _limited(tool, 2, 1.0)
        call(ping, 1)
        call(ping, 2)
        _refused(tool, ping, "With two calls allowed per second and two made")
        clock.advance(1.01)
        outcome = capture(ping, 3)
    if outcome.exception is not None:
        fail("More than a second after the first calls, a call was still refused.",
             hint="Forget calls older than `period` before counting the recent ones.",
             at="rate_limit")
    expect_equal(seen, [1, 2, 3], at="rate_limit")


def check_sliding_window():
    """the limit holds in any window of `period` seconds, not per fixed second"""
    tool = learner_module(CODE)
    clock = fake_clock(tool, start=5000.0)
    with clock:
        ping, seen = _limited(tool, 2, 1.0)
        clock.advance(0.9)
        call(ping, 1)           # t = 0.9
        clock.advance(0.2)
        call(ping, 2)           # t = 1.1
        clock.advance(0.3)
        _refused(tool, ping, "Two calls 0.2 s apart, then a third 0.3 s later (all within one second)")
        clock.advance(0.61)     # t = 2.01: the call at 0.9 has expired, the one at 1.1 has not
        call(ping, 3)
        _refused(tool, ping, "Right after that, with the call at t=1.1 still within the last second")
    expect_equal(seen, [1, 2, 3], at="rate_limit")


def check_separate_limits():
    """each decorated function has its own limit"""
    tool = learner_module(CODE)
    clock = fake_clock(tool)
    with clock:
        first, _ = _limited(tool, 1, 10.0)
        second, seen = _limited(tool, 1, 10.0)
        call(first, 1)
        outcome = capture(second, 2)
    if outcome.exception is not None:
        fail("A call of one rate-limited function used up the limit of another.",
             hint="Create the list of call times inside the decorator, once per decorated "
                  "function, not at module level.", at="rate_limit")
    expect_equal(seen, [2], at="rate_limit")
