async def call_with_retries(attempt, retries, backoff, sleep):
    delay = backoff
    for tries_left in range(retries, -1, -1):
        try:
            return await attempt()
        except Exception:
            await sleep(delay)
            delay *= 2
            if not tries_left:
                raise
