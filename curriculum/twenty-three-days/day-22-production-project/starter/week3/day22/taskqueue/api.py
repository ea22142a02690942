"""A small HTTP front: submit tasks, follow them, and watch the queue.

POST /tasks        {"task", "args": [...], "kwargs": {...}} -> 202 {"id", "status": "queued"};
                   422 for a task name not in known_tasks (when it is given)
GET  /tasks/{id}   the task's info; 404 for an unknown id
GET  /stats        the queue's stats
"""
from typing import Any, Dict, Iterable, List, Optional

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from .broker import TaskQueue


class NewTask(BaseModel):
    task: str = Field(..., min_length=1)
    args: List[Any] = Field(default_factory=list)
    kwargs: Dict[str, Any] = Field(default_factory=dict)


def create_app(queue: TaskQueue, known_tasks: Optional[Iterable[str]] = None) -> FastAPI:
    app = FastAPI()
    # TODO: the three routes
    return app
