"""The code under test today: yesterday's async patterns in a compact, finished form, plus two
small pure functions. Nothing here needs changing; your job is to test it.

- moving_average(values, window) and clamp(value, low, high): pure functions, ideal for
  property-based tests.
- fan_out_fan_in(events, handler, workers, queue_size): async, with a bounded queue.
- retry_async(attempts, base_delay, factor, retry_on, sleep): a decorator for coroutine functions.
- Metrics: counts events and errors, with a clock you can hand in.
"""
from __future__ import annotations

import asyncio
import functools
import time
from dataclasses import dataclass, field
from typing import Any, AsyncIterable, Awaitable, Callable, Dict, List, Optional, Sequence


@dataclass(frozen=True)
class Event:
    id: int
    value: float


@dataclass
class FanInResult:
    results: Dict[int, Any] = field(default_factory=dict)
    errors: Dict[int, BaseException] = field(default_factory=dict)


def moving_average(values: Sequence[float], window: int) -> List[float]:
    """The average of every run of ``window`` consecutive values, in order.

    [1, 2, 3, 4] with window 2 gives [1.5, 2.5, 3.5]. Fewer values than the
    window gives []. A window below 1 raises ValueError.
    """
    if window < 1:
        raise ValueError("window must be at least 1")
    return [sum(values[i:i + window]) / window for i in range(len(values) - window + 1)]


def clamp(value: float, low: float, high: float) -> float:
    """``value`` limited to the range low..high. low above high raises ValueError."""
    if low > high:
        raise ValueError("low is above high")
    return max(low, min(value, high))


async def fan_out_fan_in(events: AsyncIterable[Event], handler: Callable[[Event], Awaitable[Any]],
                         workers: int = 4, queue_size: int = 10) -> FanInResult:
    """Handle every event with ``workers`` worker tasks reading a bounded queue;
    results and exceptions are kept by event id."""
    if workers < 1 or queue_size < 1:
        raise ValueError("workers and queue_size must be at least 1")
    queue: asyncio.Queue = asyncio.Queue(maxsize=queue_size)
    outcome = FanInResult()

    async def work() -> None:
        while True:
            event = await queue.get()
            try:
                outcome.results[event.id] = await handler(event)
            except Exception as error:
                outcome.errors[event.id] = error
            finally:
                queue.task_done()

    tasks = [asyncio.create_task(work()) for _ in range(workers)]
    try:
        async for event in events:
            await queue.put(event)
        await queue.join()
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return outcome


def retry_async(attempts: int = 3, base_delay: float = 0.1, factor: float = 2.0,
                retry_on: tuple = (Exception,), sleep: Optional[Callable[[float], Awaitable[Any]]] = None):
    """Retry a coroutine function on ``retry_on``, waiting base_delay, then
    base_delay * factor, ... between attempts, at most ``attempts`` calls."""
    if attempts < 1:
        raise ValueError("attempts must be at least 1")

    def decorate(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            wait = sleep or asyncio.sleep
            delay = base_delay
            for attempt in range(1, attempts + 1):
                try:
                    return await func(*args, **kwargs)
                except retry_on:
                    if attempt == attempts:
                        raise
                await wait(delay)
                delay *= factor

        return wrapper

    return decorate


class Metrics:
    """Counts handled events and errors; events_per_sec counts from creation."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.started = clock()
        self.processed = 0
        self.errors = 0

    def record(self, ok: bool = True) -> None:
        self.processed += 1
        if not ok:
            self.errors += 1

    def snapshot(self, queue_size: int = 0) -> dict:
        elapsed = self.clock() - self.started
        rate = round(self.processed / elapsed, 2) if elapsed > 0 else 0.0
        return {"processed": self.processed, "errors": self.errors, "events_per_sec": rate,
                "queue_size": queue_size}
