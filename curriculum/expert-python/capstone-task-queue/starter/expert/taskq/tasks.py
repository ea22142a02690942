"""What the task queue keeps about each job."""
from dataclasses import dataclass
from enum import Enum
from typing import Any, Callable, Optional


class TaskStatus(Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class QueueClosed(Exception):
    """Raised by submit() once the queue is shutting down."""


@dataclass
class Task:
    id: int
    name: str
    fn: Callable          # an async function
    args: tuple = ()
    attempts: int = 0                        # how many times fn has been called
    status: TaskStatus = TaskStatus.PENDING
    error: Optional[str] = None              # str() of the last exception, when FAILED
    result: Any = None                       # what fn returned, when DONE
