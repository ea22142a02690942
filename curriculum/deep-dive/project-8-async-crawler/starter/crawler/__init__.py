"""An asynchronous web crawler built on asyncio and aiohttp. Run it with `python -m crawler URL`."""
