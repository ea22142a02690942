"""Checks for the `retry` milestone (week3/retrying.py)."""
from pymastery import call, expect, expect_equal, expect_raises, fake_clock, learner_module


def _flaky(failures, error=ConnectionError):
    calls = []

    def fetch(x, scale=1):
        """Fetch something."""
        calls.append(x)
        if len(calls) <= failures:
            raise error("try %d failed" % len(calls))
        return x * scale

    return fetch, calls


def check_backs_off_exponentially():
    """waits delay, 2*delay, 4*delay between tries"""
    module = learner_module()
    clock = fake_clock()
    fetch, calls = _flaky(3)
    wrapped = call(module.retry(attempts=5, delay=0.5, sleep=clock.sleep), fetch).value
    expect_equal(call(wrapped, 7, scale=3).value, 21, hint="Return what the function returns, "
                 "and pass on all arguments.")
    expect_equal(len(calls), 4)
    expect_equal(clock.sleeps, [0.5, 1.0, 2.0],
                 hint="After each failed try call sleep(pause), then double pause. A fixed pause "
                      "is not a backoff.")


def check_gives_up_after_attempts():
    """after the last try, its exception is raised, with no wait after it"""
    module = learner_module()
    clock = fake_clock()
    fetch, calls = _flaky(10)
    wrapped = call(module.retry(attempts=3, delay=1, sleep=clock.sleep), fetch).value
    expect_raises(ConnectionError, wrapped, 1,
                  hint="When the last try fails, raise: a bare `raise` in the except block "
                       "re-raises the exception being handled.")
    expect_equal(len(calls), 3, hint="attempts=3 means three tries in all.")
    expect_equal(clock.sleeps, [1, 2], hint="Wait between tries only: none before the first, "
                                           "none after the last.")


def check_other_errors_not_retried():
    """exceptions outside `exceptions` go straight out"""
    module = learner_module()
    clock = fake_clock()
    fetch, calls = _flaky(1, error=ValueError)
    wrapped = call(module.retry(attempts=4, delay=1, exceptions=(ConnectionError,),
                                sleep=clock.sleep), fetch).value
    expect_raises(ValueError, wrapped, 1,
                  hint="Catch only the types in `exceptions` (`except exceptions:` takes a tuple).")
    expect_equal((len(calls), clock.sleeps), (1, []),
                 hint="A ValueError is not in exceptions, so there is no second try.")


def check_default_sleep_and_name():
    """without sleep= it uses time.sleep; the name is kept"""
    module = learner_module()
    fetch, calls = _flaky(2)
    with fake_clock(module) as clock:
        wrapped = call(module.retry(attempts=3, delay=2), fetch).value
        expect_equal(call(wrapped, 5).value, 5)
    expect_equal(clock.sleeps, [2, 4], hint="With sleep=None, call time.sleep (look it up when "
                 "the wrapper runs, as `time.sleep`).")
    expect((wrapped.__name__, wrapped.__doc__) == ("fetch", "Fetch something."),
           "the decorated function is called %r" % wrapped.__name__,
           hint="Put @functools.wraps(func) on the wrapper.")
