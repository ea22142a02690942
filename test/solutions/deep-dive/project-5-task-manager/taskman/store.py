"""Keep tasks in a JSON file (milestone 1)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Union

from taskman.models import PRIORITIES, Task


def _to_json(task: Task) -> Dict[str, Any]:
    return {
        "id": task.id,
        "title": task.title,
        "priority": task.priority,
        "due": task.due.isoformat() if task.due else None,
        "tags": list(task.tags),
        "done_at": task.done_at.isoformat() if task.done_at else None,
    }


def _from_json(data: Dict[str, Any]) -> Task:
    return Task(
        id=data["id"],
        title=data["title"],
        priority=data["priority"],
        due=date.fromisoformat(data["due"]) if data["due"] else None,
        tags=list(data["tags"]),
        done_at=datetime.fromisoformat(data["done_at"]) if data["done_at"] else None,
    )


class JsonTaskStore:
    """Tasks kept in one JSON file at ``path``; every change is saved at once.

    A missing file is an empty store. Ids start at 1 and are never given out twice, not
    even after the task that had one was removed. Due dates and completion times come
    back as ``date`` and ``datetime`` objects, not strings.
    """

    def __init__(self, path: Union[str, Path]) -> None:
        self.path = Path(path)
        self._tasks: Dict[int, Task] = {}
        self._next_id = 1
        if self.path.exists():
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self._next_id = data["next_id"]
            for item in data["tasks"]:
                task = _from_json(item)
                self._tasks[task.id] = task

    def _save(self) -> None:
        data = {"next_id": self._next_id, "tasks": [_to_json(t) for t in self.all()]}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(self.path.name + ".tmp")
        partial.write_text(json.dumps(data, indent=2), encoding="utf-8")
        partial.replace(self.path)  # all or nothing, even if we are interrupted

    def add(self, title: str, priority: str = "normal", due: Optional[date] = None,
            tags: Iterable[str] = ()) -> Task:
        """Save a new task and return it. An unknown priority raises ValueError."""
        if priority not in PRIORITIES:
            raise ValueError(f"priority must be one of {', '.join(PRIORITIES)}, not {priority!r}")
        task = Task(self._next_id, title, priority, due, list(tags))
        self._tasks[task.id] = task
        self._next_id += 1
        self._save()
        return task

    def all(self) -> List[Task]:
        """Every task, in id order."""
        return [self._tasks[key] for key in sorted(self._tasks)]

    def get(self, task_id: int) -> Task:
        """The task with this id; KeyError if there is none."""
        return self._tasks[task_id]

    def complete(self, task_id: int, when: Optional[datetime] = None) -> Task:
        """Mark a task done at ``when`` (default: now) and return it; KeyError if unknown."""
        task = self._tasks[task_id]
        task.done_at = when or datetime.now().replace(microsecond=0)
        self._save()
        return task

    def remove(self, task_id: int) -> None:
        """Delete a task; KeyError if there is none."""
        del self._tasks[task_id]
        self._save()
