"""Checks for the `retry` milestone. time.sleep is replaced by a fake clock that records waits."""

from pymastery import call, capture, expect, expect_equal, expect_raises, fail, fake_clock, learner_module


CODE = "week1/day4/decorators.py"


class Flaky:
    """Fails `failures` times with `error`, then returns "ok"."""

    def __init__(self, failures, error=ConnectionError):
        self.failures = failures
        self.error = error
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error("attempt %d failed" % self.calls)
        return "ok"


def _decorate(tool, target, *args, **kwargs):
    decorator = call(tool.retry, *args, **kwargs).value
    return call(decorator, target).value


def check_retries_until_success():
    """a call that fails twice succeeds on the third attempt, with waits in between"""
    tool = learner_module(CODE)
    clock = fake_clock(tool)
    flaky = Flaky(2)
    with clock:
        wrapped = _decorate(tool, flaky, max_attempts=3, delay=0.5)
        result = capture(wrapped)
    if result.exception is not None:
        fail("The third attempt should have succeeded, but the call raised %r." % (result.exception,),
             hint="Call the function in a loop, once per attempt, and return as soon as a call "
                  "does not raise.", at="retry")
    expect_equal(result.value, "ok", at="retry")
    expect_equal(flaky.calls, 3, at="retry")
    expect_equal(clock.sleeps, [0.5, 0.5],
                 hint="Wait with time.sleep(delay) after each failed attempt that will be followed "
                      "by another one.", at="retry")


def check_gives_up_with_the_last_error():
    """after max_attempts failures the last exception is raised, with no wait after it"""
    tool = learner_module(CODE)
    clock = fake_clock(tool)
    flaky = Flaky(10)
    with clock:
        wrapped = _decorate(tool, flaky, max_attempts=4, delay=2)
        outcome = capture(wrapped)
    expect(isinstance(outcome.exception, ConnectionError),
           "After the last attempt the call should raise the ConnectionError, not %r." % (outcome.exception,),
           hint="On the last attempt, re-raise with a bare `raise` instead of waiting.", at="retry")
    expect_equal(str(outcome.exception), "attempt 4 failed",
                 hint="Raise the exception of the last attempt, not of the first one.", at="retry")
    expect_equal(flaky.calls, 4, hint="max_attempts=4 means four calls in all.", at="retry")
    expect_equal(clock.sleeps, [2, 2, 2],
                 hint="Three waits separate four attempts. Do not sleep after the last one.", at="retry")


def check_only_listed_exceptions():
    """an exception that is not listed is raised at once"""
    tool = learner_module(CODE)
    clock = fake_clock(tool)
    flaky = Flaky(1, error=ValueError)
    with clock:
        wrapped = _decorate(tool, flaky, max_attempts=3, delay=1, exceptions=(ConnectionError,))
        outcome = capture(wrapped)
    expect(isinstance(outcome.exception, ValueError),
           "A ValueError is not in exceptions=(ConnectionError,), so it should come straight "
           "through (got %r)." % (outcome.exception,),
           hint="Catch only the exceptions you were given: `except exceptions:` accepts a tuple.",
           at="retry")
    expect_equal((flaky.calls, clock.sleeps), (1, []), at="retry")


def check_success_needs_no_wait():
    """a call that works at once is not delayed"""
    tool = learner_module(CODE)
    clock = fake_clock(tool)
    flaky = Flaky(0)
    with clock:
        wrapped = _decorate(tool, flaky)
        expect_equal(call(wrapped).value, "ok", at="retry")
    expect_equal((flaky.calls, clock.sleeps), (1, []), hint="Only wait after a failure.", at="retry")


def check_defaults_and_arguments():
    """retry() uses 3 attempts and 1 second, passes arguments on, and keeps the name"""
    tool = learner_module(CODE)
    clock = fake_clock(tool)
    seen = []

    def fetch(url, *, timeout=5):
        """Fetch something."""
        seen.append((url, timeout))
        raise TimeoutError(url)

    with clock:
        wrapped = _decorate(tool, fetch)
        capture(wrapped, "http://x", timeout=9)
    expect_equal(seen, [("http://x", 9)] * 3,
                 hint="Pass *args and **kwargs on to the function on every attempt.", at="retry")
    expect_equal(clock.sleeps, [1, 1], hint="The default delay is 1 second.", at="retry")
    expect_equal((wrapped.__name__, wrapped.__doc__), ("fetch", "Fetch something."),
                 hint="Use functools.wraps on the innermost wrapper.", at="retry")


def check_rejects_zero_attempts():
    """max_attempts below 1 is a ValueError"""
    tool = learner_module(CODE)
    expect_raises(ValueError, tool.retry, max_attempts=0,
                  hint="Check max_attempts in retry() itself, before returning the decorator.",
                  at="retry")
