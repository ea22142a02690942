"""Checks for the `async-tests` milestone: tests/test_async.py catches broken copies of
fan_out_fan_in and retry_async."""
from pymastery.track import strategy_tests as day

TESTS = ["week3/day17/tests/test_async.py"]

UNLIMITED_WORKERS = """
def mutate(realtime):
    working = realtime.fan_out_fan_in
    async def fan_out_fan_in(events, handler, workers=4, queue_size=10):
        if workers < 1 or queue_size < 1:
            raise ValueError("workers and queue_size must be at least 1")
        return await working(events, handler, workers=workers * 3, queue_size=queue_size)
    realtime.fan_out_fan_in = fan_out_fan_in
"""

ERRORS_DROPPED = """
def mutate(realtime):
    working = realtime.fan_out_fan_in
    async def fan_out_fan_in(events, handler, workers=4, queue_size=10):
        outcome = await working(events, handler, workers=workers, queue_size=queue_size)
        outcome.errors.clear()
        return outcome
    realtime.fan_out_fan_in = fan_out_fan_in
"""

FIXED_DELAY = """
def mutate(realtime):
    working = realtime.retry_async
    def retry_async(attempts=3, base_delay=0.1, factor=2.0, retry_on=(Exception,), sleep=None):
        return working(attempts, base_delay, 1.0, retry_on, sleep)
    realtime.retry_async = retry_async
"""

RETRIES_EVERYTHING = """
def mutate(realtime):
    working = realtime.retry_async
    def retry_async(attempts=3, base_delay=0.1, factor=2.0, retry_on=(Exception,), sleep=None):
        return working(attempts, base_delay, factor, (Exception,), sleep)
    realtime.retry_async = retry_async
"""

ONE_ATTEMPT_TOO_MANY = """
def mutate(realtime):
    working = realtime.retry_async
    def retry_async(attempts=3, base_delay=0.1, factor=2.0, retry_on=(Exception,), sleep=None):
        return working(attempts + 1, base_delay, factor, retry_on, sleep)
    realtime.retry_async = retry_async
"""


def check_tests_pass():
    """test_async.py passes on the given code"""
    result = day.passing(TESTS, hint="Add tests to week3/day17/tests/test_async.py; run each coroutine with asyncio.run.")
    if result.note:
        print(result.note)


def check_catches_unlimited_workers():
    """the tests fail when more handlers run at once than `workers`"""
    day.caught(TESTS, UNLIMITED_WORKERS, day.REALTIME, "fan_out_fan_in ran three times as many workers as asked",
               hint="Give fan_out_fan_in a handler that counts how many copies of it are running (add one on the way "
                    "in, take one away on the way out, with an await asyncio.sleep in between) and assert the peak.")


def check_catches_dropped_errors():
    """the tests fail when failed events vanish"""
    day.caught(TESTS, ERRORS_DROPPED, day.REALTIME, "fan_out_fan_in forgot the exceptions of failed events",
               hint="Make the handler raise for some events and assert which ids end up in outcome.errors.")


def check_catches_a_fixed_delay():
    """the tests fail when retry_async waits the same time after every failure"""
    day.caught(TESTS, FIXED_DELAY, day.REALTIME, "retry_async always waited base_delay",
               hint="Pass sleep= a small async function that records its argument, and assert the list of waits.")


def check_catches_retrying_everything():
    """the tests fail when retry_async retries errors outside retry_on"""
    day.caught(TESTS, RETRIES_EVERYTHING, day.REALTIME, "retry_async retried every exception",
               hint="Use retry_on=(ConnectionError,) and a function that raises something else: it must be called once.")


def check_catches_an_extra_attempt():
    """the tests fail when retry_async makes one attempt too many"""
    day.caught(TESTS, ONE_ATTEMPT_TOO_MANY, day.REALTIME, "retry_async made attempts + 1 calls",
               hint="Count the calls of a function that always fails, and check the exception that comes out.")
