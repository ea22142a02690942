"""Wrong: limits the running tasks, but creates every coroutine up front."""
import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be positive")
    gate = asyncio.Semaphore(limit)
    coroutines = [factory() for factory in factories]

    async def one(coroutine):
        async with gate:
            try:
                return await coroutine
            except Exception as exc:
                return exc

    return list(await asyncio.gather(*[one(c) for c in coroutines]))
