"""Checks for the `event-stream` milestone: event_stream in week3/day16/realtime_processor.py."""
import asyncio
import inspect
import time

from pymastery import expect, expect_equal, fail, learner_module
from pymastery.track.web import run_async


def _stream(processor, *args, **kwargs):
    stream = processor.event_stream(*args, **kwargs)
    if not inspect.isasyncgen(stream):
        if inspect.iscoroutine(stream):
            stream.close()
        fail("event_stream(...) returned %s, not an async generator." % type(stream).__name__,
             hint="An async def function with a yield in its body is an async generator: calling it gives an object "
                  "you can loop over with async for.")
    return stream


def check_yields_numbered_events():
    """event_stream(5) yields events 0 to 4 with their readings, then ends"""
    processor = learner_module()

    async def scenario():
        return [event async for event in _stream(processor, 5)]

    events = run_async(scenario)
    expect_equal(events, [processor.Event(n, processor.reading(n)) for n in range(5)],
                 hint="Count from 0 and yield Event(number, reading(number)) until count events have been yielded.")


def check_gives_others_a_turn():
    """other tasks run between two events, even with interval 0"""
    processor = learner_module()

    async def scenario():
        ticks = []

        async def ticker():
            while True:
                ticks.append(1)
                await asyncio.sleep(0)

        other = asyncio.ensure_future(ticker())
        await asyncio.sleep(0)
        seen = []
        async for event in _stream(processor, 30):
            seen.append(len(ticks))
        other.cancel()
        return seen

    seen = run_async(scenario)
    expect(seen[-1] - seen[0] >= 20, "Another task ran only %d times while 30 events were produced." % (seen[-1] - seen[0]),
           hint="await asyncio.sleep(interval) before every event, also when interval is 0: that await is where "
                "the event loop can run other tasks.")


def check_waits_the_interval():
    """events come no faster than one per interval"""
    processor = learner_module()

    async def scenario():
        started = time.perf_counter()
        async for _ in _stream(processor, 4, interval=0.05):
            pass
        return time.perf_counter() - started

    took = run_async(scenario)
    expect(took >= 0.18, "Four events with interval=0.05 arrived in %.3f s." % took,
           hint="await asyncio.sleep(interval) before each event (never time.sleep, which would stop every task).")


def check_endless_stream():
    """with count None the stream goes on until the consumer stops"""
    processor = learner_module()

    async def scenario():
        stream = _stream(processor)
        ids = []
        async for event in stream:
            ids.append(event.id)
            if len(ids) == 250:
                break
        await stream.aclose()
        return ids

    expect_equal(run_async(scenario), list(range(250)),
                 hint="Loop while count is None or the number of events so far is below count.")
