"""Checks for the `isolation` milestone: one failing job does not stop the others."""
from pymastery import expect, expect_equal, learner_module
from pymastery.track.taskq_tools import Probe, run, within

HINT = ("Wrap the await of the job in try/except Exception in the worker: set FAILED and error=str(exc) there, "
        "and let the worker go on to its next task.")


def check_failure_stays_in_its_task():
    """a failing job marks only its own task FAILED; the others finish"""
    taskq = learner_module()
    probe = Probe()

    async def scenario():
        queue = taskq.TaskQueue(max_concurrent=2)
        await queue.start()
        tasks = [queue.submit("slow", probe.job("slow", delay=0.1)),
                 queue.submit("broken", probe.job("broken", delay=0.01, error="disk full")),
                 queue.submit("next", probe.job("next", delay=0.02)),
                 queue.submit("last", probe.job("last", delay=0.02))]
        await within(queue.join(), 5, "join() after a failing job", HINT)
        await within(queue.shutdown(), 5, "shutdown()", "shutdown() must return once the work is done.")
        return tasks

    tasks = run(scenario)
    expect_equal([(t.name, t.status.value) for t in tasks],
                 [("slow", "done"), ("broken", "failed"), ("next", "done"), ("last", "done")], hint=HINT)
    expect_equal(tasks[1].error, "disk full", hint="Keep str(exc) in task.error.")
    expect_equal(tasks[0].result, "slow", hint="The slow job, running beside the failing one, must not be cancelled.")


def check_workers_survive_failures():
    """after several failures every worker still takes new jobs"""
    taskq = learner_module()
    probe = Probe()

    async def scenario():
        queue = taskq.TaskQueue(max_concurrent=2)
        await queue.start()
        for n in range(4):
            queue.submit("bad%d" % n, probe.job("bad%d" % n, delay=0.005, error="boom %d" % n))
        await within(queue.join(), 5, "join() after four failing jobs", HINT)
        later = [queue.submit("good%d" % n, probe.job("good%d" % n, delay=0.03)) for n in range(4)]
        await within(queue.join(), 5, "join() of the jobs submitted after the failures", HINT)
        await within(queue.shutdown(), 5, "shutdown()", "shutdown() must return once the work is done.")
        return queue.tasks, later

    every, later = run(scenario)
    expect_equal([t.status.value for t in every[:4]], ["failed"] * 4, hint=HINT)
    expect_equal([t.status.value for t in later], ["done"] * 4,
                 hint="A worker that lets an exception escape its loop dies with it. Catch it inside the loop.")
    expect_equal(probe.peak, 2, message="the jobs after the failures ran %d at a time" % probe.peak,
                 hint="Both workers must still be alive after the failures.")
