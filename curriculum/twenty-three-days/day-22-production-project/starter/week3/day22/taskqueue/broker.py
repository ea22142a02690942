"""The queue and the result backend, both kept in Redis.

Keys, for a queue named "tasks":
    tasks:queue          a list of task ids waiting, oldest at the right end (LPUSH in, RPOP out)
    tasks:processing     a list of the ids being worked on right now
    tasks:task:<id>      a hash per task: task, args and kwargs (JSON), status, attempts,
                         and later result (JSON) or error
    tasks:stats          a hash counting done and failed tasks
Statuses: queued -> running -> done | retrying (back in the queue) | failed.
"""
import json
import time
import uuid
from typing import Any, Optional

FINISHED = ("done", "failed")


class TaskQueue:
    """`client` is a redis.Redis created with decode_responses=True, so Redis answers str."""

    def __init__(self, client: Any, name: str = "tasks") -> None:
        self.client = client
        self.name = name
        self.queue_key = name + ":queue"
        self.processing_key = name + ":processing"
        self.stats_key = name + ":stats"

    def _key(self, task_id: str) -> str:
        return "%s:task:%s" % (self.name, task_id)

    def submit(self, task: str, *args: Any, **kwargs: Any) -> str:
        """Stores a new task (status queued, attempts 0), queues its id, and returns the id at once."""
        # TODO
        raise NotImplementedError

    def fetch(self, timeout: float = 1.0) -> Optional[dict]:
        """The oldest waiting task as {"id", "task", "args", "kwargs", "attempts"}, now running and
        listed in processing; None when nothing arrives within `timeout` seconds."""
        # TODO
        raise NotImplementedError

    def info(self, task_id: str) -> Optional[dict]:
        """{"id", "task", "status", "attempts", "result", "error"} (result and error None until
        set), or None for an unknown id."""
        # TODO
        raise NotImplementedError

    def complete(self, task_id: str, result: Any) -> None:
        """Marks the task done with its result, and takes it out of processing."""
        # TODO
        raise NotImplementedError

    def fail(self, task_id: str, error: str, retry: bool) -> None:
        """Counts a failed attempt and keeps the error. With retry the task is queued again
        (status retrying), else it is failed for good. Either way it leaves processing."""
        # TODO
        raise NotImplementedError

    def stats(self) -> dict:
        """{"queued", "processing", "done", "failed"}: the two list lengths and the two counters."""
        # TODO
        raise NotImplementedError

    def wait(self, task_id: str, timeout: float = 10.0, poll: float = 0.05) -> dict:
        """The task's info once it is done or failed, checking every `poll` seconds;
        TimeoutError after `timeout` seconds, KeyError for an unknown id."""
        # TODO
        raise NotImplementedError
