"""A small HTTP front: submit tasks, follow them, and watch the queue."""
from typing import Any, Dict, Iterable, List, Optional

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from .broker import TaskQueue


class NewTask(BaseModel):
    task: str = Field(..., min_length=1)
    args: List[Any] = Field(default_factory=list)
    kwargs: Dict[str, Any] = Field(default_factory=dict)


def create_app(queue: TaskQueue, known_tasks: Optional[Iterable[str]] = None) -> FastAPI:
    known = None if known_tasks is None else set(known_tasks)
    app = FastAPI()

    @app.post("/tasks")
    def submit(body: NewTask):
        if known is not None and body.task not in known:
            raise HTTPException(422, "unknown task %r" % body.task)
        return {"id": queue.submit(body.task, *body.args, **body.kwargs), "status": "queued"}

    @app.get("/tasks/{task_id}")
    def follow(task_id: str):
        info = queue.info(task_id)
        if info is None:
            raise HTTPException(404, "no such task")
        return info

    @app.get("/stats")
    def stats():
        return queue.stats()

    return app
