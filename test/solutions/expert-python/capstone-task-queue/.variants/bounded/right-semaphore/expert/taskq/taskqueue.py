"""A task queue that starts one asyncio task per job and bounds them with a semaphore."""
import asyncio

from retry import call_with_retries
from tasks import QueueClosed, Task, TaskStatus


class TaskQueue:
    def __init__(self, max_concurrent=3, retries=0, backoff=0.1, sleep=asyncio.sleep):
        self.max_concurrent = max_concurrent
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self.tasks = []
        self._running = set()
        self._closed = False

    async def start(self):
        self._gate = asyncio.Semaphore(self.max_concurrent)

    def submit(self, name, fn, *args):
        if self._closed:
            raise QueueClosed(name)
        task = Task(len(self.tasks) + 1, name, fn, args)
        self.tasks.append(task)
        job = asyncio.ensure_future(self._run(task))
        self._running.add(job)
        job.add_done_callback(self._running.discard)
        return task

    async def _run(self, task):
        async with self._gate:
            task.status = TaskStatus.RUNNING

            async def attempt():
                task.attempts += 1
                return await task.fn(*task.args)

            try:
                task.result = await call_with_retries(attempt, self.retries, self.backoff, self.sleep)
                task.status = TaskStatus.DONE
            except Exception as exc:
                task.error, task.status = str(exc), TaskStatus.FAILED

    async def join(self):
        while self._running:
            await asyncio.gather(*list(self._running))

    async def shutdown(self):
        self._closed = True
        await self.join()
