"""Checks for the `worker` milestone: Worker.run_once runs, retries and gives up
(week3/day22/taskqueue/worker.py)."""
from pymastery import call, expect, expect_equal
from pymastery.track.packages import import_from
from pymastery.track.redis_tools import queue_on, redis_server

ROOT = "week3/day22"


def _setup(make_client, tasks, max_attempts=3):
    broker = import_from(ROOT, "taskqueue.broker")
    worker_module = import_from(ROOT, "taskqueue.worker")
    queue = queue_on(make_client, broker)
    return queue, call(worker_module.Worker, queue, tasks, max_attempts).value


def check_runs_a_task():
    """run_once runs the named function with the task's arguments and stores its result"""
    seen = []

    def scale(values, factor=1):
        seen.append((values, factor))
        return [v * factor for v in values]

    with redis_server() as make_client:
        queue, worker = _setup(make_client, {"scale": scale})
        task_id = queue.submit("scale", [1, 2], factor=10)
        expect_equal(call(worker.run_once, 1).value, True, hint="Return True when a task was handled.")
        expect_equal(seen, [([1, 2], 10)], hint="Call tasks[job[\"task\"]](*job[\"args\"], **job[\"kwargs\"]).")
        info = queue.info(task_id)
        expect_equal((info["status"], info["result"]), ("done", [10, 20]), hint="Pass the return value to queue.complete.")
        expect_equal(call(worker.run_once, 0.2).value, False, hint="Return False when fetch gave None.")


def check_retries_until_it_works():
    """a task that fails twice and then works is retried and ends done"""
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) <= 2:
            raise ConnectionError("no answer")
        return "ok"

    with redis_server() as make_client:
        queue, worker = _setup(make_client, {"flaky": flaky}, max_attempts=3)
        task_id = queue.submit("flaky")
        call(worker.run_once, 1)
        expect_equal(queue.info(task_id)["status"], "retrying",
                     hint="Catch Exception around the call and call queue.fail(id, ..., retry=True) while attempts remain.")
        call(worker.run_once, 1)
        call(worker.run_once, 1)
        info = queue.info(task_id)
        expect_equal((info["status"], info["result"], info["attempts"], len(calls)), ("done", "ok", 2, 3),
                     hint="The third run works: complete it. attempts counts the two failures.")


def check_gives_up():
    """after max_attempts failures the task is failed, with the error kept"""
    calls = []

    def broken(path):
        calls.append(path)
        raise FileNotFoundError("no file " + path)

    with redis_server() as make_client:
        queue, worker = _setup(make_client, {"broken": broken}, max_attempts=2)
        task_id = queue.submit("broken", "report.csv")
        for _ in range(3):
            call(worker.run_once, 0.3)
        info = queue.info(task_id)
        expect_equal((info["status"], len(calls)), ("failed", 2),
                     hint="Retry only while job[\"attempts\"] + 1 < max_attempts: with max_attempts=2 a task runs twice.")
        error = info["error"] or ""
        expect("FileNotFoundError" in error and "no file report.csv" in error,
               "The stored error is %r." % error, hint="Store \"%s: %s\" % (type(error).__name__, error).")


def check_unknown_task():
    """a task name the worker does not know fails at once, without retries"""
    with redis_server() as make_client:
        queue, worker = _setup(make_client, {}, max_attempts=5)
        task_id = queue.submit("launch_rockets")
        expect_equal(call(worker.run_once, 1).value, True)
        info = queue.info(task_id)
        expect_equal((info["status"], info["attempts"]), ("failed", 1),
                     hint="Look the name up with tasks.get(name); for None call queue.fail(..., retry=False).")
        expect("launch_rockets" in (info["error"] or ""), "The error %r does not name the task." % info["error"],
               hint="Say which name was unknown.")
        expect_equal(call(worker.run_once, 0.2).value, False, hint="It must not come back into the queue.")
