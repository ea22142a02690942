"""Checks for the `retry-async` milestone: retry_async in week3/day16/realtime_processor.py.

The check hands in its own `sleep`, which records each wait and returns at once."""
import asyncio

from pymastery import capture, expect, expect_equal, expect_raises, learner_module


class _Sleeps:
    def __init__(self):
        self.waits = []

    async def __call__(self, seconds):
        self.waits.append(seconds)


class _Flaky:
    """A coroutine function that fails `failures` times with `error`, then returns "done"."""

    def __init__(self, failures, error=ConnectionError):
        self.failures, self.error, self.calls = failures, error, 0

    async def __call__(self, *args, **kwargs):
        self.calls += 1
        self.args = (args, kwargs)
        if self.calls <= self.failures:
            raise self.error("attempt %d failed" % self.calls)
        return "done"


def _decorated(processor, flaky, sleeps, **options):
    decorator = processor.retry_async(sleep=sleeps, **options)

    async def fetch(*args, **kwargs):
        """Fetch something."""
        return await flaky(*args, **kwargs)

    return decorator(fetch)


def check_backs_off_exponentially():
    """the waits grow by `factor` after each failure"""
    processor = learner_module()
    flaky, sleeps = _Flaky(3), _Sleeps()
    fetch = _decorated(processor, flaky, sleeps, attempts=5, base_delay=0.5, factor=3)
    outcome = capture(asyncio.run, fetch("sensor-1", timeout=2))
    expect(outcome.exception is None, "The fourth attempt works, but the call raised %r." % (outcome.exception,),
           hint="Catch the exceptions in retry_on, wait, and call again.")
    expect_equal(outcome.value, "done", hint="Return what the successful call returned.")
    expect_equal(flaky.calls, 4, hint="Three failures, then one success: four calls.")
    expect_equal(flaky.args, (("sensor-1",), {"timeout": 2}), hint="Pass *args and **kwargs through unchanged.")
    expect_equal(sleeps.waits, [0.5, 1.5, 4.5],
                 hint="Start with base_delay and multiply the wait by factor after every failure. The same wait "
                      "every time is not a backoff.")


def check_gives_up_with_the_last_error():
    """after `attempts` calls the last exception comes out, with no wait after it"""
    processor = learner_module()
    flaky, sleeps = _Flaky(99, TimeoutError), _Sleeps()
    fetch = _decorated(processor, flaky, sleeps, attempts=3, base_delay=0.1, factor=2)
    outcome = capture(asyncio.run, fetch())
    expect(isinstance(outcome.exception, TimeoutError), "After three failures the TimeoutError should come out, got %r."
           % (outcome.exception,), hint="On the last attempt, raise instead of waiting.")
    expect_equal(str(outcome.exception), "attempt 3 failed", hint="Raise the last attempt's exception, not the first.")
    expect_equal((flaky.calls, sleeps.waits), (3, [0.1, 0.2]), hint="Three calls, two waits between them.")


def check_other_errors_at_once():
    """an exception outside retry_on is raised at once"""
    processor = learner_module()
    flaky, sleeps = _Flaky(1, KeyError), _Sleeps()
    fetch = _decorated(processor, flaky, sleeps, retry_on=(ConnectionError,))
    outcome = capture(asyncio.run, fetch())
    expect(isinstance(outcome.exception, KeyError), "A KeyError with retry_on=(ConnectionError,) should come straight out.",
           hint="Only catch the exception types in retry_on: except retry_on: works with a tuple.")
    expect_equal((flaky.calls, sleeps.waits), (1, []))


def check_keeps_the_name_and_waits_without_blocking():
    """the wrapper keeps the function's name, and by default waits with asyncio.sleep"""
    processor = learner_module()
    decorated = processor.retry_async(attempts=2, base_delay=0.05)

    async def read_sensor():
        """Read one value."""
        return 1

    wrapped = decorated(read_sensor)
    expect_equal((wrapped.__name__, wrapped.__doc__), ("read_sensor", "Read one value."),
                 hint="Decorate the wrapper with @functools.wraps(func).")
    flaky = _Flaky(1)
    wrapped = decorated(flaky.__call__)

    async def scenario():
        ticks = []

        async def ticker():
            while True:
                ticks.append(1)
                await asyncio.sleep(0.005)

        other = asyncio.ensure_future(ticker())
        await asyncio.sleep(0)
        result = await wrapped()
        other.cancel()
        return result, len(ticks)

    outcome = capture(asyncio.run, scenario())
    expect(outcome.exception is None, "With the default sleep the call raised %r." % (outcome.exception,),
           hint="When sleep is None, wait with await asyncio.sleep(seconds).")
    result, ticks = outcome.value
    expect(ticks >= 3, "Other tasks hardly ran during the 0.05 s wait.",
           hint="Wait with await asyncio.sleep, never time.sleep: time.sleep stops every task on the loop.")


def check_attempts_below_one():
    """attempts below 1 is refused when decorating"""
    processor = learner_module()
    expect_raises(ValueError, processor.retry_async, attempts=0,
                  hint="Check attempts in retry_async itself, before returning the decorator.")
