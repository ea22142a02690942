"""Capstone 7, part 3: a job queue with background worker threads."""
import threading
import time

from store import JobStore
from worker import Worker


class JobQueue:
    """Register tasks, submit jobs, and let ``workers`` threads run them in the background.

        queue = JobQueue("jobs.db", workers=2)

        @queue.task
        def add(a, b):
            return a + b

        with queue:                      # start() ... stop()
            job_id = queue.submit("add", 2, 3)
            print(queue.wait(job_id)["result"])    # 5
    """

    def __init__(self, db_path, workers=2, poll=0.01):
        self.store = JobStore(db_path)
        self.tasks = {}
        self.workers = workers
        self.poll = poll          # seconds an idle worker waits before looking again
        # TODO: whatever start and stop need (an Event? a list of threads?)

    def task(self, func):
        """Decorator: register ``func`` under its __name__ and return it unchanged."""
        # TODO
        raise NotImplementedError

    def submit(self, name, *args, retries=0):
        """Queue a job for task ``name``; return its id at once. Unknown name: ValueError."""
        # TODO
        raise NotImplementedError

    def start(self):
        """Start ``workers`` background threads, each running a Worker in a loop."""
        # TODO
        raise NotImplementedError

    def stop(self):
        """Ask the threads to finish their current job and end; wait until they have."""
        # TODO
        raise NotImplementedError

    def status(self, job_id):
        """Return the job's status string."""
        # TODO
        raise NotImplementedError

    def wait(self, job_id, timeout=5.0):
        """Return the job dict once it is "done" or "failed"; TimeoutError after ``timeout``."""
        # TODO
        raise NotImplementedError

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc_info):
        self.stop()
        self.store.close()
