"""Day 16: a real-time event processor with asyncio.

Events come from an async generator, wait in a bounded asyncio.Queue, and are
handled by several worker tasks (fan-out) whose results meet again in one place
(fan-in). Failed handlers are retried with exponential backoff, a Metrics object
counts what happens, and the processor shuts down gracefully on request. Watch
it run from a terminal:

    python week3/day16/realtime_processor.py
"""
from __future__ import annotations

import asyncio
import functools
import random
import time
from dataclasses import dataclass, field
from typing import Any, AsyncIterable, AsyncIterator, Awaitable, Callable, Dict, Optional

Handler = Callable[["Event"], Awaitable[Any]]


@dataclass(frozen=True)
class Event:
    """One reading from a sensor: its number in the stream and a value."""

    id: int
    value: float


@dataclass
class FanInResult:
    """Results of the events that were handled, and the exception of each that failed, by event id."""

    results: Dict[int, Any] = field(default_factory=dict)
    errors: Dict[int, BaseException] = field(default_factory=dict)


# -- milestone "A stream of events" -------------------------------------------------------------

def reading(number: int) -> float:
    """The value of event ``number``: a made-up sensor reading between 0 and 99.9."""
    return (number * 37 % 1000) / 10


async def event_stream(count: Optional[int] = None, interval: float = 0.0) -> AsyncIterator[Event]:
    """Yield Event(0, reading(0)), Event(1, reading(1)), ... : ``count`` events,
    or without end when count is None.

    Before each event, await asyncio.sleep(interval), even when interval is 0,
    so that other tasks get a turn between events.
    """
    number = 0
    while count is None or number < count:
        await asyncio.sleep(interval)
        yield Event(number, reading(number))
        number += 1


# -- milestone "Fan out, fan in" ----------------------------------------------------------------

async def fan_out_fan_in(events: AsyncIterable[Event], handler: Handler, workers: int = 4,
                         queue_size: int = 10) -> FanInResult:
    """Handle every event with ``workers`` worker tasks and gather what they give.

    A producer task reads ``events`` into an asyncio.Queue(maxsize=queue_size),
    so it waits whenever the queue is full (backpressure). Each worker takes an
    event, awaits handler(event) and records the result, or the exception,
    under event.id; a failing event never stops its worker. Return once every
    event has been handled, with no task left running. Raise ValueError if
    workers or queue_size is less than 1.
    """
    if workers < 1 or queue_size < 1:
        raise ValueError("workers and queue_size must be at least 1")
    slots = asyncio.Semaphore(workers)
    outcome = FanInResult()
    running = set()

    async def handle(event):
        try:
            outcome.results[event.id] = await handler(event)
        except Exception as error:
            outcome.errors[event.id] = error
        finally:
            slots.release()

    async for event in events:
        await slots.acquire()
        task = asyncio.ensure_future(handle(event))
        running.add(task)
        task.add_done_callback(running.discard)
    if running:
        await asyncio.wait(running)
    return outcome



# -- milestone "Retry with backoff" -------------------------------------------------------------

def retry_async(attempts: int = 3, base_delay: float = 0.1, factor: float = 2.0,
                retry_on: tuple = (Exception,), sleep: Optional[Callable[[float], Awaitable[Any]]] = None):
    """A decorator for coroutine functions: call again when the call raises one
    of ``retry_on``, at most ``attempts`` calls in all.

    Wait base_delay before the second call, base_delay * factor before the
    third, and so on, with ``await sleep(seconds)``; sleep defaults to
    asyncio.sleep. After the last attempt, raise its exception. Other
    exceptions are raised at once. Keep the function's name and docstring.
    Raise ValueError (when decorating) if attempts is less than 1.
    """
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


# -- milestone "Counting what happens" ----------------------------------------------------------

class Metrics:
    """Counts handled events and errors, and reports a rate.

    ``clock`` gives the time in seconds (time.monotonic unless a test hands in
    its own); the rate counts from the moment the Metrics was made.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.started = clock()
        self.processed = 0
        self.errors = 0

    def record(self, ok: bool = True) -> None:
        """Count one handled event; ok=False counts an error as well."""
        self.processed += 1
        if not ok:
            self.errors += 1

    def snapshot(self, queue_size: int = 0) -> dict:
        """{"processed", "errors", "events_per_sec", "queue_size"}. events_per_sec
        is processed divided by the seconds since the start, rounded to 2
        places, and 0.0 before any time has passed."""
        elapsed = self.clock() - self.started
        rate = round(self.processed / elapsed, 2) if elapsed > 0 else 0.0
        return {"processed": self.processed, "errors": self.errors, "events_per_sec": rate,
                "queue_size": queue_size}


# -- milestone "A graceful shutdown" ------------------------------------------------------------

class RealtimeProcessor:
    """Runs a stream through worker tasks until the stream ends or shutdown() is called."""

    def __init__(self, source: AsyncIterable[Event], handler: Handler, workers: int = 4,
                 queue_size: int = 10, metrics: Optional[Metrics] = None) -> None:
        self.source = source
        self.handler = handler
        self.workers = workers
        self.queue_size = queue_size
        self.metrics = metrics or Metrics()
        self._queue: Optional[asyncio.Queue] = None   # made in run(), where the loop is running
        self._stop_requested = False
        self._stopping: Optional[asyncio.Event] = None
        self._producer: Optional[asyncio.Task] = None

    async def run(self, grace: float = 1.0) -> dict:
        """Process events until the source ends or shutdown() is called, then
        return self.stats().

        On shutdown: take nothing more from the source, let the workers finish
        the events already queued or in hand, for at most ``grace`` seconds,
        then cancel whatever is still running. Either way, no task is left
        running when run() returns. Each handled event is recorded in
        self.metrics, a failed one with ok=False.
        """
        self._queue = asyncio.Queue(maxsize=self.queue_size)
        self._stopping = asyncio.Event()
        if self._stop_requested:
            self._stopping.set()
        workers = [asyncio.create_task(self._work()) for _ in range(self.workers)]
        self._producer = asyncio.create_task(self._produce())
        stop = asyncio.create_task(self._stopping.wait())
        try:
            await asyncio.wait({self._producer, stop}, return_when=asyncio.FIRST_COMPLETED)
            self._producer.cancel()
            await asyncio.gather(self._producer, return_exceptions=True)
            try:
                await asyncio.wait_for(self._queue.join(), timeout=grace)
            except asyncio.TimeoutError:
                pass
        finally:
            stop.cancel()
            self._producer.cancel()
            for task in workers:
                task.cancel()
            await asyncio.gather(stop, self._producer, *workers, return_exceptions=True)
        return self.stats()

    async def _produce(self) -> None:
        async for event in self.source:
            await self._queue.put(event)

    async def _work(self) -> None:
        while True:
            event = await self._queue.get()
            try:
                await self.handler(event)
            except asyncio.CancelledError:
                self.metrics.record(ok=False)
                raise
            except Exception:
                self.metrics.record(ok=False)
            else:
                self.metrics.record()
            finally:
                self._queue.task_done()

    def shutdown(self) -> None:
        """Ask run() to stop gracefully. Safe to call more than once, and before run() has started."""
        self._stop_requested = True
        if self._stopping is not None:
            self._stopping.set()

    def stats(self) -> dict:
        """The metrics snapshot, with the current queue size."""
        return self.metrics.snapshot(self._queue.qsize() if self._queue is not None else 0)


async def _demo() -> None:
    async def handle(event: Event) -> float:
        await asyncio.sleep(random.uniform(0.01, 0.05))
        if event.value > 95:
            raise ValueError("reading out of range")
        return event.value * 2

    processor = RealtimeProcessor(event_stream(interval=0.005), handle, workers=4)
    running = asyncio.create_task(processor.run())
    for _ in range(5):
        await asyncio.sleep(0.2)
        print(processor.stats())
    processor.shutdown()
    print("final:", await running)


if __name__ == "__main__":
    asyncio.run(_demo())
