"""Checks for the `gather-limited` milestone (expert/concurrency/limited.py: gather_limited)."""
import asyncio

from pymastery import expect, expect_equal, expect_isinstance, fail, learner_module


class _Tracker:
    """Makes factories whose coroutines record how many exist and run at once."""

    def __init__(self):
        self.created = 0       # coroutines made by a factory and not finished yet
        self.most_created = 0
        self.running = 0
        self.most_running = 0
        self.calls = []

    def factory(self, index, work):
        def make():
            self.calls.append(index)
            self.created += 1
            self.most_created = max(self.most_created, self.created)
            return self._task(work)
        return make

    async def _task(self, work):
        self.running += 1
        self.most_running = max(self.most_running, self.running)
        try:
            return await work()
        finally:
            self.running -= 1
            self.created -= 1


def _run(limited, factories, limit, seconds=5):
    async def main():
        return await asyncio.wait_for(limited.gather_limited(factories, limit), seconds)
    try:
        return list(asyncio.run(main()))
    except asyncio.TimeoutError:
        fail("gather_limited(%d factories, limit=%d) had not finished after %d seconds"
             % (len(factories), limit, seconds),
             hint="Make sure every task is awaited and that a finished task frees its slot.")


def _sleeper(seconds, value):
    async def work():
        await asyncio.sleep(seconds)
        return value
    return work


def check_results_in_order():
    """results come back in the order of the factories, whatever order they finish in"""
    limited = learner_module()
    tracker = _Tracker()
    delays = [0.05, 0.0, 0.03, 0.01, 0.02]
    factories = [tracker.factory(i, _sleeper(d, "r%d" % i)) for i, d in enumerate(delays)]
    expect_equal(_run(limited, factories, 2), ["r0", "r1", "r2", "r3", "r4"],
                 hint="Keep a results list with one slot per factory and fill slot i with task i's result.")
    expect_equal(sorted(tracker.calls), [0, 1, 2, 3, 4], hint="Every factory is called exactly once.")


def check_limit_is_respected():
    """never more than `limit` tasks run at once, and the limit is used"""
    limited = learner_module()
    tracker = _Tracker()
    factories = [tracker.factory(i, _sleeper(0.01, i)) for i in range(12)]
    _run(limited, factories, 3)
    expect(tracker.most_running <= 3, "%d tasks ran at once with limit=3" % tracker.most_running,
           hint="asyncio.gather on every coroutine at once has no limit. Use an asyncio.Semaphore(limit), "
                "or start exactly `limit` worker coroutines that take tasks one after another.")
    expect(tracker.most_running == 3, "only %d tasks ever ran at once with limit=3" % tracker.most_running,
           hint="Let `limit` tasks run at the same time, not one after another.")
    expect(tracker.most_created <= 3,
           "%d coroutines had been created and not finished at one moment, with limit=3"
           % tracker.most_created,
           hint="Call each factory only when its task may start, inside the semaphore or the worker loop.")


def check_a_free_slot_is_used_at_once():
    """a finished task's slot is reused straight away, without waiting for a whole batch"""
    limited = learner_module()
    tracker = _Tracker()
    finished = []

    async def quick_then_note():
        await asyncio.sleep(0)
        finished.append(1)
        return "quick"

    async def slow_until_others_done():
        for _ in range(200):
            if len(finished) == 5:
                return "slow"
            await asyncio.sleep(0.005)
        return "gave up"

    factories = [tracker.factory(0, slow_until_others_done)]
    factories += [tracker.factory(i, quick_then_note) for i in range(1, 6)]
    results = _run(limited, factories, 2)
    expect_equal(results[0], "slow",
                 hint="While the first task waits, the other slot should run the five quick tasks one "
                      "after another. Working in batches of `limit` leaves that slot idle.")


def check_exceptions_take_their_place():
    """a task's exception is returned in its place and the other tasks still run"""
    limited = learner_module()
    problem = KeyError("missing")

    async def broken():
        await asyncio.sleep(0)
        raise problem

    tracker = _Tracker()
    factories = [tracker.factory(0, _sleeper(0, "a")), tracker.factory(1, broken),
                 tracker.factory(2, _sleeper(0.01, "c"))]
    results = _run(limited, factories, 2)
    expect_equal(results[0::2], ["a", "c"], hint="One failure must not stop the other tasks.")
    expect(results[1] is problem, "result 1 should be the KeyError the task raised, got %r" % (results[1],),
           hint="Catch Exception around the await and store the exception object in that slot.")


def check_bad_limit_and_empty_list():
    """limit below 1 raises ValueError, and no factories give an empty list"""
    limited = learner_module()
    expect_equal(_run(limited, [], 3), [], hint="No factories: return an empty list.")
    try:
        asyncio.run(limited.gather_limited([_sleeper(0, 1)], 0))
    except ValueError:
        return
    except Exception as error:
        expect_isinstance(error, ValueError, hint="Check limit first: if limit < 1, raise ValueError.")
    fail("gather_limited(..., limit=0) did not raise ValueError",
         hint="Check limit first: if limit < 1, raise ValueError.")
