"""Retrying a flaky async call, waiting longer after each failure."""


async def call_with_retries(attempt, retries, backoff, sleep):
    """Await attempt() (an async function taking no arguments) and return its result.

    When it raises an Exception, try again, up to `retries` more times. Before try number
    k + 1 (k = 1, 2, ...), wait backoff * 2 ** (k - 1) seconds with `await sleep(seconds)`:
    backoff, then twice that, then four times, and so on. If the last try fails too, raise its
    exception. `sleep` is asyncio.sleep in real use; tests pass a fake one that returns at once.
    """
    # TODO: retry with backoff
    return await attempt()
