"""The queue and the result backend, both kept in Redis."""
import json
import time
import uuid
from typing import Any, Optional

FINISHED = ("done", "failed")


class TaskQueue:
    """Tasks waiting in a Redis list, their state and results in one Redis hash per task.

    `client` is a redis.Redis created with decode_responses=True.
    """

    def __init__(self, client: Any, name: str = "tasks") -> None:
        self.client = client
        self.name = name
        self.queue_key = name + ":queue"
        self.processing_key = name + ":processing"
        self.stats_key = name + ":stats"

    def _key(self, task_id: str) -> str:
        return "%s:task:%s" % (self.name, task_id)

    def submit(self, task: str, *args: Any, **kwargs: Any) -> str:
        task_id = uuid.uuid4().hex
        pipe = self.client.pipeline()  # MULTI/EXEC: the hash and the queue entry appear together
        pipe.hset(self._key(task_id), mapping={
            "task": task, "args": json.dumps(list(args)), "kwargs": json.dumps(kwargs),
            "status": "queued", "attempts": 0, "submitted": time.time(),
        })
        pipe.lpush(self.queue_key, task_id)
        pipe.execute()
        return task_id

    def fetch(self, timeout: float = 1.0) -> Optional[dict]:
        task_id = self.client.brpoplpush(self.queue_key, self.processing_key, timeout)
        if task_id is None:
            return None
        self.client.hset(self._key(task_id), "status", "running")
        data = self.client.hgetall(self._key(task_id))
        return {"id": task_id, "task": data["task"], "args": json.loads(data["args"]),
                "kwargs": json.loads(data["kwargs"]), "attempts": int(data["attempts"])}

    def info(self, task_id: str) -> Optional[dict]:
        data = self.client.hgetall(self._key(task_id))
        if not data:
            return None
        return {"id": task_id, "task": data["task"], "status": data["status"],
                "attempts": int(data["attempts"]),
                "result": json.loads(data["result"]) if "result" in data else None,
                "error": data.get("error")}

    def complete(self, task_id: str, result: Any) -> None:
        pipe = self.client.pipeline()
        pipe.hset(self._key(task_id), mapping={"status": "done", "result": json.dumps(result)})
        pipe.lrem(self.processing_key, 1, task_id)
        pipe.hincrby(self.stats_key, "done", 1)
        pipe.execute()

    def fail(self, task_id: str, error: str, retry: bool) -> None:
        pipe = self.client.pipeline()
        pipe.hincrby(self._key(task_id), "attempts", 1)
        pipe.hset(self._key(task_id), mapping={"status": "retrying" if retry else "failed", "error": error})
        pipe.lrem(self.processing_key, 1, task_id)
        if retry:
            pipe.lpush(self.queue_key, task_id)
        else:
            pipe.hincrby(self.stats_key, "failed", 1)
        pipe.execute()

    def stats(self) -> dict:
        counts = self.client.hgetall(self.stats_key)
        return {"queued": self.client.llen(self.queue_key), "processing": self.client.llen(self.processing_key),
                "done": int(counts.get("done", 0)), "failed": int(counts.get("failed", 0))}

    def wait(self, task_id: str, timeout: float = 10.0, poll: float = 0.05) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            info = self.info(task_id)
            if info is None:
                raise KeyError(task_id)
            if info["status"] in FINISHED:
                return info
            if time.monotonic() >= deadline:
                raise TimeoutError("task %s is still %s" % (task_id, info["status"]))
            time.sleep(poll)
