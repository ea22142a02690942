"""Checks for the `shutdown` milestone: TaskQueue.shutdown in expert/taskq/taskqueue.py."""
import asyncio

from pymastery import capture, expect, expect_equal, learner_module
from pymastery.track.taskq_tools import Probe, run, within

HINT = "shutdown() must return once the submitted work is done and the workers have stopped."


def check_finishes_submitted_work():
    """shutdown lets every submitted task finish, queued ones included"""
    taskq = learner_module()
    probe = Probe()

    async def scenario():
        queue = taskq.TaskQueue(max_concurrent=2)
        await queue.start()
        tasks = [queue.submit("job%d" % n, probe.job("job%d" % n, delay=0.02)) for n in range(6)]
        await asyncio.sleep(0.005)
        await within(queue.shutdown(), 5, "shutdown()", HINT)
        return tasks

    tasks = run(scenario)
    expect_equal([t.status.value for t in tasks], ["done"] * 6,
                 hint="Wait for the queue to drain (await self._queue.join()) before you stop the workers; cancelling "
                      "them at once throws away the jobs still waiting.")


def check_refuses_new_work():
    """submit raises QueueClosed once shutdown has begun"""
    taskq = learner_module()
    probe = Probe()

    async def scenario():
        queue = taskq.TaskQueue(max_concurrent=1)
        await queue.start()
        queue.submit("long", probe.job("long", delay=0.05))
        closing = asyncio.ensure_future(queue.shutdown())
        await asyncio.sleep(0.01)
        during = capture(queue.submit, "during", probe.job("during"))
        await within(closing, 5, "shutdown()", HINT)
        after = capture(queue.submit, "after", probe.job("after"))
        return during, after

    during, after = run(scenario)
    for label, outcome in (("while shutdown() was waiting", during), ("after shutdown()", after)):
        expect(outcome.exception is not None and type(outcome.exception).__name__ == "QueueClosed",
               "submit() %s %s" % (label, "returned a task" if outcome.exception is None else "raised %r" % outcome.exception),
               hint="Set a closed flag at the very start of shutdown(), before any await, and raise QueueClosed in submit() when it is set.")
    expect("during" not in probe.finished and "after" not in probe.finished, "a job submitted after shutdown() began still ran")


def check_leaves_nothing_running():
    """after shutdown none of the queue's asyncio tasks is still running"""
    taskq = learner_module()
    probe = Probe()

    async def scenario():
        before = set(asyncio.all_tasks())
        queue = taskq.TaskQueue(max_concurrent=3)
        await queue.start()
        for n in range(4):
            queue.submit("job%d" % n, probe.job("job%d" % n))
        await within(queue.shutdown(), 5, "shutdown()", HINT)
        await asyncio.sleep(0)
        return [t for t in asyncio.all_tasks() if t not in before and not t.done()]

    left = run(scenario)
    expect_equal(len(left), 0, message="%d asyncio task(s) of the queue were still running after shutdown()" % len(left),
                 hint="Stop each worker (put one None per worker in the queue for it to stop on, or cancel it once the "
                      "queue is empty), then await them, for instance with asyncio.gather(*workers, return_exceptions=True).")


def check_idle_shutdown_is_quick():
    """shutting down an idle queue returns at once"""
    taskq = learner_module()

    async def scenario():
        queue = taskq.TaskQueue(max_concurrent=2)
        await queue.start()
        await within(queue.shutdown(), 1, "shutdown() of an idle queue", HINT)
        return True

    expect(run(scenario), "shutdown did not return")
