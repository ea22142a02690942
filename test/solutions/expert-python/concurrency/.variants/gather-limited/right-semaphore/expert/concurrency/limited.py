"""Right: a semaphore that each task enters before calling its factory."""
import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be positive")
    gate = asyncio.Semaphore(limit)

    async def one(factory):
        async with gate:
            try:
                return await factory()
            except Exception as exc:
                return exc

    return list(await asyncio.gather(*[one(f) for f in factories]))
