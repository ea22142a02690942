"""Checks for the `worker` milestone (capstone7/worker.py)."""
import logging
from contextlib import contextmanager

from pymastery import call, expect, expect_equal, expect_in, learner_module, temp_folder


class _Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)


@contextmanager
def _setup(tasks):
    worker_module = learner_module()
    store_module = learner_module("capstone7/store.py")
    logger = logging.getLogger("jobqueue")
    handler, old_level = _Records(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    with temp_folder() as folder:
        store = store_module.JobStore(folder.path("jobs.db"))
        try:
            yield call(worker_module.Worker, store, tasks).value, store, handler.records
        finally:
            logger.removeHandler(handler)
            logger.setLevel(old_level)
            store.close()


def _add(a, b):
    return a + b


def _explode(value):
    raise ValueError(f"cannot handle {value}")


def check_runs_a_job():
    """run_one runs a queued job and stores its result"""
    with _setup({"add": _add}) as (worker, store, _):
        job_id = store.add("add", [2, 3])
        expect_equal(call(worker.run_one).value, True)
        job = store.get(job_id)
        expect_equal((job["status"], job["result"]), ("done", 5),
                     hint="Claim a job, look its task up in self.tasks, call it with "
                          "*job['args'] and pass the result to store.finish.")
        expect_equal(call(worker.run_one).value, False,
                     hint="When claim returns None there is nothing to do: return False.")


def check_a_failing_job_is_isolated():
    """a job that raises fails alone; the jobs around it still run"""
    with _setup({"add": _add, "explode": _explode}) as (worker, store, _):
        ids = [store.add("add", [1, 1]), store.add("explode", [42]), store.add("add", [2, 2])]
        expect_equal(call(worker.run_until_empty).value, 3,
                     hint="run_until_empty calls run_one until it returns False, counting.")
        jobs = [store.get(job_id) for job_id in ids]
        expect_equal([job["status"] for job in jobs], ["done", "failed", "done"],
                     hint="Put the call in try/except Exception and call store.fail there; "
                          "run_one still returns True.")
        expect_in("cannot handle 42", jobs[1]["error"] or "",
                  hint="Store the exception's message in the error, e.g. "
                       "f\"{type(exc).__name__}: {exc}\".")


def check_unknown_task_fails_the_job():
    """a job for a task the worker does not know fails with its name in the error"""
    with _setup({"add": _add}) as (worker, store, _):
        job_id = store.add("teleport", [])
        expect_equal(call(worker.run_one).value, True)
        job = store.get(job_id)
        expect_equal(job["status"], "failed")
        expect_in("teleport", job["error"] or "",
                  hint="Use self.tasks.get(name) and fail the job when it gives None.")


def check_retries():
    """a job with retries is run again until it works or the retries run out"""
    attempts = {"n": 0}

    def flaky():
        attempts["n"] += 1
        if attempts["n"] < 3:
            raise ConnectionError("try later")
        return "ok"

    with _setup({"flaky": flaky, "explode": _explode}) as (worker, store, _):
        saved = store.add("flaky", [], max_retries=2)
        doomed = store.add("explode", [7], max_retries=1)
        expect_equal(call(worker.run_until_empty).value, 5,
                     hint="A failed job with retries left goes back to queued (store.fail does "
                          "that), so the loop simply claims it again.")
        expect_equal((store.get(saved)["status"], store.get(saved)["attempts"]), ("done", 3))
        expect_equal((store.get(doomed)["status"], store.get(doomed)["attempts"]), ("failed", 2))


def check_logs_failures():
    """a failure is logged at ERROR level with the job id"""
    with _setup({"explode": _explode}) as (worker, store, records):
        store.add("explode", [1])
        store.add("explode", [2])
        job_id = store.add("explode", [3])
        for _ in range(3):
            call(worker.run_one)
        errors = [r.getMessage() for r in records if r.levelno >= logging.ERROR]
        expect(any(str(job_id) in message for message in errors),
               f"ERROR records logged to 'jobqueue': {errors!r}; none names job {job_id}",
               hint="Use the module's `log` (logging.getLogger('jobqueue')): "
                    "log.error('job %s failed: %s', job_id, exc).")
