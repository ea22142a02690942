"""Capstone 7, part 3: a job queue with background worker threads."""
import threading
import time

from store import JobStore
from worker import Worker


class _WorkerThread(threading.Thread):
    def __init__(self, queue, worker):
        super().__init__(name=worker.name, daemon=True)
        self.queue, self.worker = queue, worker

    def run(self):
        while not self.queue._stop.is_set():
            if not self.worker.run_one():
                time.sleep(self.queue.poll)


class JobQueue:
    """Register tasks, submit jobs, and let ``workers`` threads run them."""

    def __init__(self, db_path, workers=2, poll=0.01):
        self.store = JobStore(db_path)
        self.tasks = {}
        self.workers = workers
        self.poll = poll
        self._stop = threading.Event()
        self._threads = []

    def task(self, func):
        self.tasks[func.__name__] = func
        return func

    def submit(self, name, *args, retries=0):
        if name not in self.tasks:
            raise ValueError(f"no task called {name!r}")
        return self.store.add(name, args, max_retries=retries)

    def _loop(self, worker):
        while not self._stop.is_set():
            if not worker.run_one():
                self._stop.wait(self.poll)

    def start(self):
        self._stop.clear()
        for number in range(self.workers):
            worker = Worker(self.store, self.tasks, name=f"worker-{number + 1}")
            thread = _WorkerThread(self, worker)
            thread.start()
            self._threads.append(thread)

    def stop(self):
        self._stop.set()
        for thread in self._threads:
            thread.join()
        self._threads = []

    def status(self, job_id):
        return self.store.get(job_id)["status"]

    def wait(self, job_id, timeout=5.0):
        deadline = time.monotonic() + timeout
        while True:
            job = self.store.get(job_id)
            if job["status"] in ("done", "failed"):
                return job
            if time.monotonic() > deadline:
                raise TimeoutError(f"job {job_id} is still {job['status']}")
            time.sleep(self.poll)

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc_info):
        self.stop()
        self.store.close()
