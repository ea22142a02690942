"""Tests for the async code in realtime.py: fan_out_fan_in and retry_async."""
import asyncio

import pytest

from realtime import Event, fan_out_fan_in, retry_async


async def _stream(count):
    for number in range(count):
        yield Event(number, float(number))


def test_every_event_is_handled():
    async def double(event):
        await asyncio.sleep(0)
        return event.value * 2

    outcome = asyncio.run(fan_out_fan_in(_stream(10), double, workers=3, queue_size=2))
    assert outcome.results == {n: n * 2.0 for n in range(10)}
    assert outcome.errors == {}


def test_no_more_than_workers_at_once():
    state = {"active": 0, "peak": 0}

    async def slow(event):
        state["active"] += 1
        state["peak"] = max(state["peak"], state["active"])
        await asyncio.sleep(0.01)
        state["active"] -= 1

    asyncio.run(fan_out_fan_in(_stream(12), slow, workers=3, queue_size=4))
    assert state["peak"] == 3


def test_failures_are_kept_and_the_rest_still_run():
    async def picky(event):
        if event.id % 3 == 0:
            raise ValueError(event.id)
        return event.id

    outcome = asyncio.run(fan_out_fan_in(_stream(7), picky, workers=2, queue_size=2))
    assert sorted(outcome.errors) == [0, 3, 6]
    assert sorted(outcome.results) == [1, 2, 4, 5]
    assert isinstance(outcome.errors[3], ValueError)


def test_bad_settings_are_refused():
    async def nothing(event):
        return None

    with pytest.raises(ValueError):
        asyncio.run(fan_out_fan_in(_stream(1), nothing, workers=0))


class Sleeps:
    def __init__(self):
        self.waits = []

    async def __call__(self, seconds):
        self.waits.append(seconds)


def _flaky(failures, error=ConnectionError):
    calls = []

    async def call():
        calls.append(1)
        if len(calls) <= failures:
            raise error("nope")
        return "ok"

    return call, calls


def test_retry_backs_off():
    sleeps = Sleeps()
    call, calls = _flaky(3)
    wrapped = retry_async(attempts=4, base_delay=1, factor=2, sleep=sleeps)(call)
    assert asyncio.run(wrapped()) == "ok"
    assert len(calls) == 4
    assert sleeps.waits == [1, 2, 4]


def test_retry_gives_up_with_the_error():
    sleeps = Sleeps()
    call, calls = _flaky(10)
    wrapped = retry_async(attempts=3, base_delay=0.5, sleep=sleeps)(call)
    with pytest.raises(ConnectionError):
        asyncio.run(wrapped())
    assert len(calls) == 3
    assert sleeps.waits == [0.5, 1.0]


def test_retry_leaves_other_errors_alone():
    sleeps = Sleeps()
    call, calls = _flaky(1, KeyError)
    wrapped = retry_async(retry_on=(ConnectionError,), sleep=sleeps)(call)
    with pytest.raises(KeyError):
        asyncio.run(wrapped())
    assert len(calls) == 1 and sleeps.waits == []


def test_retry_refuses_zero_attempts():
    with pytest.raises(ValueError):
        retry_async(attempts=0)
