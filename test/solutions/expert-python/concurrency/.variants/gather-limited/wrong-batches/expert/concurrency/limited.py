"""Wrong: batches of `limit`, so one slow task holds up the rest of its batch."""
import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be positive")
    results = []
    for start in range(0, len(factories), limit):
        batch = [f() for f in factories[start:start + limit]]
        results += await asyncio.gather(*batch, return_exceptions=True)
    return results
