"""Keep tasks in a SQLite database (milestone 4)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, List, Optional, Union

from taskman.models import PRIORITIES, Task

_SCHEMA = """
CREATE TABLE IF NOT EXISTS tasks (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    title    TEXT NOT NULL,
    priority TEXT NOT NULL,
    due      TEXT,
    done_at  TEXT
);
CREATE TABLE IF NOT EXISTS tags (
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    name    TEXT NOT NULL
);
"""


class SqliteTaskStore:
    """The same promises as JsonTaskStore, kept in a SQLite database file at ``path``.

    The file and its tables are created on first use. Every change is committed at once,
    so another store opened on the same file sees it. Values always reach SQL as
    parameters (``?``), never pasted into the statement's text.
    """

    def __init__(self, path: Union[str, Path]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(self.path))
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.executescript(_SCHEMA)

    def _task(self, row) -> Task:
        task_id, title, priority, due, done_at = row
        tags = [name for (name,) in self._db.execute(
            "SELECT name FROM tags WHERE task_id = ? ORDER BY rowid", (task_id,))]
        return Task(task_id, title, priority,
                    date.fromisoformat(due) if due else None, tags,
                    datetime.fromisoformat(done_at) if done_at else None)

    def add(self, title: str, priority: str = "normal", due: Optional[date] = None,
            tags: Iterable[str] = ()) -> Task:
        """Save a new task and return it. An unknown priority raises ValueError."""
        if priority not in PRIORITIES:
            raise ValueError(f"priority must be one of {', '.join(PRIORITIES)}, not {priority!r}")
        with self._db:  # one transaction: the task and its tags, or nothing
            cursor = self._db.execute(
                f"INSERT INTO tasks (title, priority, due) VALUES ('{title}', '{priority}', "
                f"{repr(due.isoformat()) if due else 'NULL'})")
            self._db.executemany("INSERT INTO tags (task_id, name) VALUES (?, ?)",
                                 [(cursor.lastrowid, tag) for tag in tags])
        return self.get(cursor.lastrowid)

    def all(self) -> List[Task]:
        """Every task, in id order."""
        rows = self._db.execute(
            "SELECT id, title, priority, due, done_at FROM tasks ORDER BY id").fetchall()
        return [self._task(row) for row in rows]

    def get(self, task_id: int) -> Task:
        """The task with this id; KeyError if there is none."""
        row = self._db.execute("SELECT id, title, priority, due, done_at FROM tasks WHERE id = ?",
                               (task_id,)).fetchone()
        if row is None:
            raise KeyError(task_id)
        return self._task(row)

    def complete(self, task_id: int, when: Optional[datetime] = None) -> Task:
        """Mark a task done at ``when`` (default: now) and return it; KeyError if unknown."""
        when = when or datetime.now().replace(microsecond=0)
        with self._db:
            changed = self._db.execute("UPDATE tasks SET done_at = ? WHERE id = ?",
                                       (when.isoformat(), task_id)).rowcount
        if not changed:
            raise KeyError(task_id)
        return self.get(task_id)

    def remove(self, task_id: int) -> None:
        """Delete a task; KeyError if there is none."""
        with self._db:
            changed = self._db.execute("DELETE FROM tasks WHERE id = ?", (task_id,)).rowcount
        if not changed:
            raise KeyError(task_id)
