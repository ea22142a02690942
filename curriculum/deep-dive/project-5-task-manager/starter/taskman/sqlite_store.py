"""Keep tasks in a SQLite database (milestone 4)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, List, Optional, Union

from taskman.models import PRIORITIES, Task


class SqliteTaskStore:
    """The same promises as JsonTaskStore, kept in a SQLite database file at ``path``.

    The file and its tables are created on first use. Every change is committed at once,
    so another store opened on the same file sees it. Values always reach SQL as
    parameters (``?``), never pasted into the statement's text.
    """

    def __init__(self, path: Union[str, Path]) -> None:
        self.path = Path(path)
        # TODO: connect, and create the tables if they are not there yet

    def add(self, title: str, priority: str = "normal", due: Optional[date] = None,
            tags: Iterable[str] = ()) -> Task:
        """Save a new task and return it. An unknown priority raises ValueError."""
        raise NotImplementedError("SqliteTaskStore.add() is not written yet")

    def all(self) -> List[Task]:
        """Every task, in id order."""
        raise NotImplementedError("SqliteTaskStore.all() is not written yet")

    def get(self, task_id: int) -> Task:
        """The task with this id; KeyError if there is none."""
        raise NotImplementedError("SqliteTaskStore.get() is not written yet")

    def complete(self, task_id: int, when: Optional[datetime] = None) -> Task:
        """Mark a task done at ``when`` (default: now) and return it; KeyError if unknown."""
        raise NotImplementedError("SqliteTaskStore.complete() is not written yet")

    def remove(self, task_id: int) -> None:
        """Delete a task; KeyError if there is none."""
        raise NotImplementedError("SqliteTaskStore.remove() is not written yet")
