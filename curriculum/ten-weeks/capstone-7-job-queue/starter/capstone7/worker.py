"""Capstone 7, part 2: a worker that runs one job at a time and never lets a job crash it."""
import logging

log = logging.getLogger("jobqueue")


class Worker:
    """Takes jobs from ``store`` (a JobStore) and runs the matching function from ``tasks``
    (a dict from task name to function). ``name`` appears in its log messages."""

    def __init__(self, store, tasks, name="worker"):
        self.store = store
        self.tasks = tasks
        self.name = name

    def run_one(self):
        """Claim one job and run it; return False if there was nothing to claim, else True.

        The function is called with the job's args. Its return value finishes the job. If it
        raises (any Exception) or the task name is unknown, the job fails with a message that
        names the problem, an ERROR record naming the job id goes to ``log``, and run_one
        still returns True: one bad job never stops the worker.
        """
        # TODO
        raise NotImplementedError("run_one is not written yet")

    def run_until_empty(self):
        """Run jobs until none is queued; return how many were run (retries included)."""
        # TODO
        raise NotImplementedError("run_until_empty is not written yet")
