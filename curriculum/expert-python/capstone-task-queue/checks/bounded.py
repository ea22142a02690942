"""Checks for the `bounded` milestone: TaskQueue.start, submit and join in expert/taskq/taskqueue.py."""
from pymastery import expect, expect_equal, learner_module
from pymastery.track.taskq_tools import Probe, run, within

JOIN_HINT = ("join() should wait until every submitted task is finished: with an asyncio.Queue, "
             "`await self._queue.join()` does it when each worker calls task_done() after every job.")


def check_runs_every_task():
    """every submitted job runs once and its task ends DONE with the result"""
    taskq = learner_module()
    probe = Probe()

    async def scenario():
        queue = taskq.TaskQueue(max_concurrent=2)
        await within(queue.start(), 2, "start()", "start() only creates the queue and the workers; it must not wait for jobs.")
        submitted = [queue.submit("job%d" % n, probe.job("job%d" % n), n) for n in range(1, 5)]
        await within(queue.join(), 5, "join()", JOIN_HINT)
        await within(queue.shutdown(), 5, "shutdown()", "shutdown() must return once the work is done.")
        return submitted

    tasks = run(scenario)
    expect_equal([t.id for t in tasks], [1, 2, 3, 4], hint="submit() returns the Task it made.")
    expect_equal([t.status.value for t in tasks], ["done"] * 4,
                 hint="A worker takes a task, sets it RUNNING, awaits task.fn(*task.args), stores the result and sets DONE.")
    expect_equal([t.result for t in tasks], ["job1:1", "job2:2", "job3:3", "job4:4"])
    expect_equal(sorted(probe.finished), ["job1", "job2", "job3", "job4"], hint="Each job must run exactly once.")


def check_never_more_than_max():
    """no more than max_concurrent jobs are ever in flight, and that many do run together"""
    taskq = learner_module()
    probe = Probe()

    async def scenario():
        queue = taskq.TaskQueue(max_concurrent=3)
        await queue.start()
        for n in range(12):
            queue.submit("job%d" % n, probe.job("job%d" % n, delay=0.03))
        await within(queue.join(), 5, "join()", JOIN_HINT)
        await within(queue.shutdown(), 5, "shutdown()", "shutdown() must return once the work is done.")

    run(scenario)
    expect(probe.peak <= 3, "%d jobs were running at the same moment, with max_concurrent=3" % probe.peak,
           hint="Start exactly max_concurrent workers that each take one task at a time (or guard each job with an "
                "asyncio.Semaphore(max_concurrent)). Starting every job at once with gather() has no limit at all.")
    expect_equal(probe.peak, 3,
                 message="at most %d job(s) ran at the same moment, so max_concurrent=3 was not used" % probe.peak,
                 hint="The workers must run side by side: start each with asyncio.create_task(), don't await one after another.")
