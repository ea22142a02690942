"""gather_limited: run many coroutines, but never more than `limit` at once.

    async def main():
        factories = [lambda url=url: fetch(url) for url in urls]
        pages = await gather_limited(factories, limit=5)

Try it from a terminal in your workspace folder:

    python expert/concurrency/limited.py
"""
import asyncio


async def gather_limited(factories, limit):
    """Await what each factory makes, with at most ``limit`` running at any moment.

    - ``factories`` is a list of functions taking no arguments, each returning an
      awaitable (call ``factory()`` to get the coroutine). Call a factory only when its
      task can start, so that no more than ``limit`` of them exist unfinished at once.
    - As soon as one task finishes, the next one starts: never wait for a whole batch.
    - Returns the results in the order of ``factories``; a task that raises an
      Exception has the exception object in its place.
    - ``limit`` below 1 raises ValueError.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1, got %r" % (limit,))
    factories = list(factories)
    results = [None] * len(factories)
    upcoming = iter(range(len(factories)))

    async def worker():
        for index in upcoming:          # the workers share one iterator: each index goes to one
            try:
                results[index] = await factories[index]()
            except Exception as exc:
                results[index] = exc

    await asyncio.gather(*(worker() for _ in range(min(limit, len(factories)))))
    return results


if __name__ == "__main__":
    async def nap(n):
        await asyncio.sleep(0.1)
        if n == 3:
            raise ValueError("no naps for 3")
        return n

    async def main():
        loop = asyncio.get_running_loop()
        begin = loop.time()
        results = await gather_limited([lambda n=n: nap(n) for n in range(6)], limit=3)
        print(results)
        print("took about %.1f s" % (loop.time() - begin))

    asyncio.run(main())
