"""An async task queue: at most max_concurrent jobs at once, failures kept to their own task,
retries with backoff, and a shutdown that lets submitted work finish."""
import asyncio

from retry import call_with_retries
from tasks import QueueClosed, Task, TaskStatus


class TaskQueue:
    """Runs submitted async jobs on `max_concurrent` workers.

        queue = TaskQueue(max_concurrent=3)
        await queue.start()
        task = queue.submit("report", build_report, 2024)
        await queue.join()           # every submitted task has finished
        await queue.shutdown()       # no more submissions; workers stopped

    A job that raises marks only its own task FAILED (error = str of the exception); the other
    tasks and the workers carry on. Each job is tried 1 + `retries` times, with
    call_with_retries(..., backoff, sleep), and task.attempts counts the tries.
    """

    def __init__(self, max_concurrent=3, retries=0, backoff=0.1, sleep=asyncio.sleep):
        self.max_concurrent = max_concurrent
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self.tasks = []
        self._next_id = 1
        # Create asyncio objects (queues, locks, tasks) in start(), inside the running loop:
        # on Python 3.8 and 3.9 an asyncio.Queue made outside it belongs to another loop.
        self._queue = None
        self._workers = []
        self._closed = False

    async def start(self):
        """Start the workers."""
        self._queue = asyncio.Queue()
        self._workers = [asyncio.ensure_future(self._work()) for _ in range(self.max_concurrent)]

    def submit(self, name, fn, *args):
        """Add a job and return its Task (ids count up from 1). Raises QueueClosed once
        shutdown() has begun."""
        if self._closed:
            raise QueueClosed("the queue is shutting down")
        task = Task(self._next_id, name, fn, args)
        self._next_id += 1
        self.tasks.append(task)
        self._queue.put_nowait(task)
        return task

    async def join(self):
        """Wait until every task submitted so far is DONE or FAILED."""
        await self._queue.join()

    async def shutdown(self):
        """Refuse new jobs, let every submitted task finish, then stop the workers, so that
        none of the queue's asyncio tasks is left running."""
        self._closed = True
        await self._queue.join()
        for _ in self._workers:
            self._queue.put_nowait(None)
        await asyncio.gather(*self._workers, return_exceptions=True)
        self._workers = []

    async def _work(self):
        while True:
            task = await self._queue.get()
            try:
                if task is None:
                    return
                await self._run(task)
            finally:
                self._queue.task_done()

    async def _run(self, task):
        async def attempt():
            task.attempts += 1
            return await task.fn(*task.args)

        task.status = TaskStatus.RUNNING
        try:
            task.result = await call_with_retries(attempt, self.retries, self.backoff, self.sleep)
        except Exception as exc:
            task.error = str(exc)
            task.status = TaskStatus.FAILED
        else:
            task.status = TaskStatus.DONE
