"""Wrong: no limit at all."""
import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be positive")
    return list(await asyncio.gather(*[f() for f in factories], return_exceptions=True))
