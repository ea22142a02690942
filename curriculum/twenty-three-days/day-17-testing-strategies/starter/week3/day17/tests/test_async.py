"""Tests for the async code in realtime.py: fan_out_fan_in and retry_async.

Plain test functions can run a coroutine with asyncio.run(...), no plugin needed.

TODO (milestone "Testing async code"): write the tests.
"""
import asyncio

from realtime import Event, fan_out_fan_in, retry_async
