"""Checks for the `shutdown` milestone: RealtimeProcessor in week3/day16/realtime_processor.py.

The check's stream counts the events taken from it and its handler counts those it finished, so
the check can tell a graceful stop (finish what was taken) from a hard one (drop it)."""
import asyncio

from pymastery import expect, expect_equal, fail, learner_module
from pymastery.track.web import run_async


class _Watch:
    def __init__(self, processor, count=None, pause=0.02, fail_on=()):
        self.processor, self.count, self.pause, self.fail_on = processor, count, pause, set(fail_on)
        self.pulled = self.finished = 0
        self.cancelled = 0

    async def source(self):
        number = 0
        while self.count is None or number < self.count:
            await asyncio.sleep(0.001)
            self.pulled += 1
            yield self.processor.Event(number, float(number))
            number += 1

    async def handler(self, event):
        try:
            await asyncio.sleep(self.pause)
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        self.finished += 1
        if event.id in self.fail_on:
            raise ValueError("bad reading")
        return event.value


def _leftovers():
    return [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]


async def _finish(running, within, what):
    try:
        return await asyncio.wait_for(asyncio.shield(running), timeout=within)
    except asyncio.TimeoutError:
        running.cancel()
        fail("run() was still going %.1f s after %s." % (within, what),
             hint="run() waits for the producer to end or for shutdown(), whichever comes first "
                  "(asyncio.wait with FIRST_COMPLETED), and then stops the producer and the workers.")


def check_runs_a_stream_to_its_end():
    """a finite stream is processed completely and run() returns the stats"""
    processor = learner_module()
    watch = _Watch(processor, count=15, pause=0.005, fail_on={4, 9})

    async def scenario():
        proc = processor.RealtimeProcessor(watch.source(), watch.handler, workers=3, queue_size=4)
        stats = await _finish(asyncio.ensure_future(proc.run()), 5, "the stream ended")
        return stats, _leftovers()

    stats, leftovers = run_async(scenario)
    expect(isinstance(stats, dict), "run() should return the stats dict, got %r." % (stats,),
           hint="End run() with return self.stats().")
    expect_equal((stats["processed"], stats["errors"], stats["queue_size"]), (15, 2, 0),
                 hint="Record every handled event in self.metrics, and the two failing ones with ok=False.")
    expect_equal(leftovers, [], hint="Cancel the worker tasks when the work is done and await them.")


def check_graceful_shutdown():
    """shutdown() stops reading the stream and finishes the events already taken"""
    processor = learner_module()
    watch = _Watch(processor, pause=0.04)

    async def scenario():
        proc = processor.RealtimeProcessor(watch.source(), watch.handler, workers=2, queue_size=6)
        running = asyncio.ensure_future(proc.run(grace=3.0))
        await asyncio.sleep(0.25)
        during = proc.stats()
        pulled, finished = watch.pulled, watch.finished
        proc.shutdown()
        stats = await _finish(running, 3, "shutdown()")
        return during, pulled, finished, stats, _leftovers()

    during, pulled, finished, stats, leftovers = run_async(scenario)
    expect(during["queue_size"] >= 1, "stats() during the run reported queue_size %r while the handlers were "
           "slower than the stream." % (during.get("queue_size"),),
           hint="stats() passes the queue's qsize() to metrics.snapshot.")
    expect(watch.pulled <= pulled + 2, "%d more events were read from the stream after shutdown()."
           % (watch.pulled - pulled), hint="On shutdown, cancel the producer task first, so nothing new is read.")
    expect(watch.finished - finished >= 6,
           "Only %d events were finished after shutdown(), but the queue held about 6 and the workers had 2."
           % (watch.finished - finished),
           hint="A graceful stop lets the workers drain the queue (await queue.join(), with a time limit) "
                "before it cancels them.")
    expect(watch.finished >= watch.pulled - 1, "%d events were taken from the stream but only %d were handled."
           % (watch.pulled, watch.finished), hint="Every event already queued must be handled before run() returns.")
    expect_equal(leftovers, [], hint="When run() returns, the producer and the workers are all finished.")
    expect_equal(stats["processed"], watch.finished, hint="Record each handled event in self.metrics.")


def check_grace_runs_out():
    """handlers still busy when the grace period ends are cancelled"""
    processor = learner_module()
    watch = _Watch(processor, pause=60)

    async def scenario():
        proc = processor.RealtimeProcessor(watch.source(), watch.handler, workers=3, queue_size=2)
        running = asyncio.ensure_future(proc.run(grace=0.2))
        await asyncio.sleep(0.1)
        proc.shutdown()
        await _finish(running, 2, "shutdown() with grace=0.2")
        return _leftovers()

    leftovers = run_async(scenario)
    expect_equal(watch.cancelled, 3, hint="After the grace period, cancel the workers: the three handlers in hand get "
                                          "CancelledError.")
    expect_equal(leftovers, [], hint="Await the tasks you cancelled (asyncio.gather(..., return_exceptions=True)).")


def check_shutdown_before_run():
    """shutdown() before run() makes run() return almost at once"""
    processor = learner_module()
    watch = _Watch(processor, pause=0.01)

    async def scenario():
        proc = processor.RealtimeProcessor(watch.source(), watch.handler, workers=2, queue_size=2)
        proc.shutdown()
        await _finish(asyncio.ensure_future(proc.run()), 1, "shutdown() had already been called")
        return _leftovers()

    expect_equal(run_async(scenario), [],
                 hint="Remember the request in a plain attribute (an asyncio.Event made in __init__ would belong to "
                      "no running loop on older Pythons) and look at it when run() starts.")
