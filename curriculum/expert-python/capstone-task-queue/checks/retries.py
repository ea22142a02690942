"""Checks for the `retries` milestone: call_with_retries in expert/taskq/retry.py, and the queue using it."""
import asyncio

from pymastery import capture, expect, expect_equal, learner_module
from pymastery.track.taskq_tools import FakeSleep, flaky, run, within


def _retry(attempt, retries, backoff, sleep):
    retry = learner_module()

    async def scenario():
        return await within(retry.call_with_retries(attempt, retries, backoff, sleep), 2, "call_with_retries",
                            "Every wait must go through `await sleep(seconds)`, the function passed in.")
    return capture(asyncio.run, scenario())


def check_retries_then_succeeds():
    """a call that fails twice succeeds on the third try, after waits of backoff and twice backoff"""
    sleep = FakeSleep()
    attempt = flaky(2, result="fetched")
    outcome = _retry(attempt, 3, 0.5, sleep)
    expect(outcome.exception is None, "call_with_retries raised %r" % (outcome.exception,),
           hint="Catch Exception around `await attempt()` and try again while tries are left.")
    expect_equal(outcome.value, "fetched")
    expect_equal(attempt.calls, 3, hint="Stop as soon as a try succeeds.")
    expect_equal(sleep.waits, [0.5, 1.0], hint="Wait backoff * 2 ** (k - 1) after failure k, with `await sleep(...)`.")


def check_gives_up_with_the_last_error():
    """when every try fails, the last error is raised after 1 + retries tries"""
    sleep = FakeSleep()
    attempt = flaky(99)
    outcome = _retry(attempt, 2, 0.25, sleep)
    expect(isinstance(outcome.exception, ConnectionError) and "try 3" in str(outcome.exception),
           "call_with_retries ended with %r" % (outcome.exception if outcome.exception else outcome.value,),
           hint="After the last try, re-raise its exception (a bare `raise` inside the except block).")
    expect_equal(attempt.calls, 3, hint="retries=2 means 3 tries in all.")
    expect_equal(sleep.waits, [0.25, 0.5], hint="There is nothing to wait for after the last try.")


def check_no_retries():
    """retries=0 tries once and never waits"""
    sleep = FakeSleep()
    attempt = flaky(1)
    outcome = _retry(attempt, 0, 1.0, sleep)
    expect(isinstance(outcome.exception, ConnectionError), "with retries=0 a failing call should raise its error")
    expect_equal((attempt.calls, sleep.waits), (1, []))


def check_queue_retries():
    """the queue retries its jobs with its own sleep and counts the attempts"""
    taskq = learner_module("expert/taskq/taskqueue.py")
    sleep = FakeSleep()

    async def scenario():
        queue = taskq.TaskQueue(max_concurrent=2, retries=2, backoff=0.1, sleep=sleep)
        await queue.start()
        good = queue.submit("flaky", flaky(1, "second time lucky"))
        bad = queue.submit("hopeless", flaky(99))
        await within(queue.join(), 5, "join()", "The queue's sleep is the fake one, so retries should take no time.")
        await within(queue.shutdown(), 5, "shutdown()", "shutdown() must return once the work is done.")
        return good, bad

    good, bad = run(scenario)
    expect_equal((good.status.value, good.result, good.attempts), ("done", "second time lucky", 2),
                 hint="In the worker, call call_with_retries(attempt, self.retries, self.backoff, self.sleep) with an "
                      "attempt() that adds 1 to task.attempts and awaits task.fn(*task.args).")
    expect_equal((bad.status.value, bad.attempts), ("failed", 3))
    expect_equal(sorted(sleep.waits), [0.1, 0.1, 0.2], hint="Pass the queue's own sleep on, so tests need not wait.")
