"""Checks for the `fan-out-fan-in` milestone: fan_out_fan_in in week3/day16/realtime_processor.py.

The check's own stream counts how many events were taken from it and its handler counts how many
are in hand at once, so both the worker limit and the backpressure of the bounded queue show."""
import asyncio

from pymastery import capture, expect, expect_equal, fail, learner_module
from pymastery.track.web import run_async


class _Watch:
    """A source of events and a handler, watching each other."""

    def __init__(self, processor, count, pause=0.02, fail_on=()):
        self.processor, self.count, self.pause, self.fail_on = processor, count, pause, set(fail_on)
        self.pulled = self.finished = self.active = self.peak = self.ahead = 0

    async def source(self):
        for number in range(self.count):
            self.pulled += 1
            self.ahead = max(self.ahead, self.pulled - self.finished)
            yield self.processor.Event(number, float(number))
            await asyncio.sleep(0)

    async def handler(self, event):
        self.active += 1
        self.peak = max(self.peak, self.active)
        try:
            await asyncio.sleep(self.pause)
            if event.id in self.fail_on:
                raise ValueError("event %d is bad" % event.id)
            return event.value * 2
        finally:
            self.active -= 1
            self.finished += 1


def _leftovers():
    return [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]


def _run(processor, watch, **options):
    async def scenario():
        try:
            outcome = await asyncio.wait_for(processor.fan_out_fan_in(watch.source(), watch.handler, **options), 5)
        except asyncio.TimeoutError:
            fail("fan_out_fan_in was still waiting after 5 seconds: %d of %d events were handled."
                 % (watch.finished, watch.count),
                 hint="Every queue.get() needs its queue.task_done(), also when the handler raised (use finally), "
                      "and a worker must survive a failing event, or queue.join() waits forever.")
        return outcome, _leftovers()

    return run_async(scenario)


def check_every_event_handled():
    """every event's result comes back under its id"""
    processor = learner_module()
    watch = _Watch(processor, 12, pause=0.005)
    outcome, leftovers = _run(processor, watch, workers=3, queue_size=4)
    expect_equal(outcome.results, {n: n * 2.0 for n in range(12)},
                 hint="Each worker stores await handler(event) in results under event.id.")
    expect_equal(outcome.errors, {}, hint="No handler failed.")
    expect_equal(leftovers, [], hint="Cancel the worker tasks once the queue is done, and await them "
                                     "(asyncio.gather(*tasks, return_exceptions=True)).")


def check_workers_limit_what_is_in_hand():
    """exactly `workers` events are handled at once"""
    processor = learner_module()
    watch = _Watch(processor, 24, pause=0.03)
    _run(processor, watch, workers=4, queue_size=8)
    expect(watch.peak <= 4, "%d events were handled at the same time with workers=4." % watch.peak,
           hint="Start exactly `workers` worker tasks, each handling one event at a time.")
    expect(watch.peak >= 3, "At most %d event was handled at a time with workers=4." % watch.peak,
           hint="Start the worker tasks with asyncio.create_task before feeding the queue, so that they run side by side.")


def check_backpressure():
    """a slow handler makes the producer wait: the stream is never read far ahead"""
    processor = learner_module()
    watch = _Watch(processor, 40, pause=0.01)
    outcome, _ = _run(processor, watch, workers=2, queue_size=3)
    expect_equal(len(outcome.results), 40, hint="Every event still gets handled.")
    expect(watch.ahead <= 3 + 2 + 1,
           "The stream was read %d events ahead of the handlers, with queue_size=3 and workers=2." % watch.ahead,
           hint="Create the queue with asyncio.Queue(maxsize=queue_size) and `await queue.put(event)`: put waits "
                "while the queue is full, so the producer only reads as fast as the workers take.")


def check_failures_are_kept():
    """a failing event is recorded and its worker carries on"""
    processor = learner_module()
    watch = _Watch(processor, 10, pause=0.005, fail_on={1, 2, 3, 7})
    outcome, leftovers = _run(processor, watch, workers=2, queue_size=2)
    expect_equal(sorted(outcome.errors), [1, 2, 3, 7],
                 hint="Catch Exception around await handler(event) and store it in errors under event.id.")
    expect(all(isinstance(e, ValueError) for e in outcome.errors.values()), "errors should hold the exceptions raised.")
    expect_equal(sorted(outcome.results), [0, 4, 5, 6, 8, 9],
                 hint="A worker that dies on its first error leaves the others with all the work, or none to do it: "
                      "keep the loop going after a failure.")
    expect_equal(leftovers, [])


def check_bad_settings():
    """workers or queue_size below 1 raise ValueError"""
    processor = learner_module()
    for options in ({"workers": 0}, {"queue_size": 0}):
        watch = _Watch(processor, 1)
        outcome = capture(asyncio.run, processor.fan_out_fan_in(watch.source(), watch.handler, **options))
        expect(isinstance(outcome.exception, ValueError), "fan_out_fan_in(..., %s) should raise ValueError, got %r."
               % (", ".join("%s=%r" % kv for kv in options.items()), outcome.exception),
               hint="Check both numbers first: with no worker nothing is ever handled, and asyncio.Queue(maxsize=0) means no limit at all.")
