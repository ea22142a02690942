"""Capstone 7, part 2: a worker that runs one job at a time and never lets a job crash it."""
import logging

log = logging.getLogger("jobqueue")


class Worker:
    """Takes jobs from ``store`` and runs the matching function from ``tasks``."""

    def __init__(self, store, tasks, name="worker"):
        self.store = store
        self.tasks = tasks
        self.name = name

    def run_one(self):
        job = self.store.claim()
        if job is None:
            return False
        job_id = job["id"]
        func = self.tasks.get(job["task"])
        if func is None:
            log.error("%s: job %s asks for unknown task %r", self.name, job_id, job["task"])
            self.store.fail(job_id, f"unknown task {job['task']!r}")
            return True
        log.info("%s: job %s (%s) attempt %s", self.name, job_id, job["task"], job["attempts"])
        try:
            result = func(*job["args"])
        except Exception as exc:
            status = self.store.fail(job_id, f"{type(exc).__name__}: {exc}")
            log.exception("job %d failed, status now %s", job_id, status)
        else:
            self.store.finish(job_id, result)
            log.info("%s: job %s done", self.name, job_id)
        return True

    def run_until_empty(self):
        count = 0
        while self.run_one():
            count += 1
        return count
