"""Keep tasks in a JSON file (milestone 1)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Iterable, List, Optional, Union

from taskman.models import PRIORITIES, Task


class JsonTaskStore:
    """Tasks kept in one JSON file at ``path``; every change is saved at once.

    A missing file is an empty store. Ids start at 1 and are never given out twice, not
    even after the task that had one was removed. Due dates and completion times come
    back as ``date`` and ``datetime`` objects, not strings.
    """

    def __init__(self, path: Union[str, Path]) -> None:
        self.path = Path(path)
        # TODO: load what the file holds, if it exists

    def add(self, title: str, priority: str = "normal", due: Optional[date] = None,
            tags: Iterable[str] = ()) -> Task:
        """Save a new task and return it. An unknown priority raises ValueError."""
        raise NotImplementedError("JsonTaskStore.add() is not written yet")

    def all(self) -> List[Task]:
        """Every task, in id order."""
        raise NotImplementedError("JsonTaskStore.all() is not written yet")

    def get(self, task_id: int) -> Task:
        """The task with this id; KeyError if there is none."""
        raise NotImplementedError("JsonTaskStore.get() is not written yet")

    def complete(self, task_id: int, when: Optional[datetime] = None) -> Task:
        """Mark a task done at ``when`` (default: now) and return it; KeyError if unknown."""
        raise NotImplementedError("JsonTaskStore.complete() is not written yet")

    def remove(self, task_id: int) -> None:
        """Delete a task; KeyError if there is none."""
        raise NotImplementedError("JsonTaskStore.remove() is not written yet")
