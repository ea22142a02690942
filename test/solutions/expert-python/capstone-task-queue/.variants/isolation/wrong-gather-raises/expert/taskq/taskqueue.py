"""Bounded by a semaphore, but join() lets the first failure escape."""
import asyncio

from tasks import QueueClosed, Task, TaskStatus


class TaskQueue:
    def __init__(self, max_concurrent=3, retries=0, backoff=0.1, sleep=asyncio.sleep):
        self.max_concurrent = max_concurrent
        self.tasks = []
        self._jobs = []
        self._closed = False

    async def start(self):
        self._gate = asyncio.Semaphore(self.max_concurrent)

    def submit(self, name, fn, *args):
        if self._closed:
            raise QueueClosed(name)
        task = Task(len(self.tasks) + 1, name, fn, args)
        self.tasks.append(task)
        self._jobs.append(asyncio.ensure_future(self._run(task)))
        return task

    async def _run(self, task):
        async with self._gate:
            task.status = TaskStatus.RUNNING
            task.attempts += 1
            task.result = await task.fn(*task.args)
            task.status = TaskStatus.DONE

    async def join(self):
        jobs, self._jobs = self._jobs, []
        await asyncio.gather(*jobs)

    async def shutdown(self):
        self._closed = True
        await self.join()
