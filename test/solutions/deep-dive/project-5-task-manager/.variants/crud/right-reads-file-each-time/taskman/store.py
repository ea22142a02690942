"""Keeps nothing in memory: every method reads the file and, for changes, writes it back."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, List, Optional

from taskman.models import PRIORITIES, Task


class JsonTaskStore:
    def __init__(self, path) -> None:
        self.path = Path(path)

    def _load(self):
        if not self.path.exists():
            return {"counter": 0, "items": {}}
        return json.loads(self.path.read_text(encoding="utf-8"))

    def _dump(self, data) -> None:
        self.path.write_text(json.dumps(data), encoding="utf-8")

    @staticmethod
    def _task(raw) -> Task:
        return Task(raw["id"], raw["title"], raw["priority"],
                    date.fromisoformat(raw["due"]) if raw["due"] else None, raw["tags"],
                    datetime.fromisoformat(raw["done_at"]) if raw["done_at"] else None)

    def add(self, title: str, priority: str = "normal", due: Optional[date] = None,
            tags: Iterable[str] = ()) -> Task:
        if priority not in PRIORITIES:
            raise ValueError(priority)
        data = self._load()
        data["counter"] += 1
        raw = {"id": data["counter"], "title": title, "priority": priority,
               "due": due.isoformat() if due else None, "tags": list(tags), "done_at": None}
        data["items"][str(raw["id"])] = raw
        self._dump(data)
        return self._task(raw)

    def all(self) -> List[Task]:
        items = self._load()["items"]
        return [self._task(items[key]) for key in sorted(items, key=int)]

    def get(self, task_id: int) -> Task:
        return self._task(self._load()["items"][str(task_id)])

    def complete(self, task_id: int, when: Optional[datetime] = None) -> Task:
        data = self._load()
        raw = data["items"][str(task_id)]
        raw["done_at"] = (when or datetime.now()).isoformat()
        self._dump(data)
        return self._task(raw)

    def remove(self, task_id: int) -> None:
        data = self._load()
        del data["items"][str(task_id)]
        self._dump(data)
