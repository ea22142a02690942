"""Helpers for the checks of the task-queue capstone: jobs that record how many of them are in
flight at once, a fake async sleep, and a time limit that fails the check instead of hanging."""
import asyncio

from pymastery import call, fail


class Probe:
    """Makes async jobs and records how many of them are running at the same moment."""

    def __init__(self):
        self.running = 0
        self.peak = 0
        self.finished = []

    def job(self, name, delay=0.02, error=None):
        async def run(*args):
            self.running += 1
            self.peak = max(self.peak, self.running)
            try:
                await asyncio.sleep(delay)
                if error:
                    raise RuntimeError(error)
                self.finished.append(name)
                return "%s%s" % (name, "".join(":%s" % a for a in args))
            finally:
                self.running -= 1

        run.__name__ = name
        return run


class FakeSleep:
    """An async sleep that returns at once and remembers how long it was asked to wait."""

    def __init__(self):
        self.waits = []

    async def __call__(self, seconds):
        self.waits.append(seconds)
        await asyncio.sleep(0)


def flaky(failures, result="ok"):
    """An async function of no arguments that raises ConnectionError `failures` times, then
    returns `result`; .calls counts the calls."""
    async def attempt(*args):
        attempt.calls += 1
        if attempt.calls <= failures:
            raise ConnectionError("try %d failed" % attempt.calls)
        return result

    attempt.calls = 0
    return attempt


async def within(awaitable, seconds, what, hint):
    """Awaits `awaitable`, failing the check if it takes longer than `seconds`."""
    try:
        return await asyncio.wait_for(awaitable, seconds)
    except asyncio.TimeoutError:
        fail("%s did not finish within %g seconds" % (what, seconds), hint=hint)


def run(scenario):
    """Runs the check's own coroutine function (which drives the learner's queue)."""
    return call(asyncio.run, scenario()).value
