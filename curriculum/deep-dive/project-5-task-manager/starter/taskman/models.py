"""The Task record every part of taskman passes around (given: nothing to write here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import List, Optional

#: Every priority a task can have, most urgent first.
PRIORITIES = ("high", "normal", "low")


@dataclass
class Task:
    id: int
    title: str
    priority: str = "normal"
    due: Optional[date] = None
    tags: List[str] = field(default_factory=list)
    done_at: Optional[datetime] = None

    @property
    def done(self) -> bool:
        return self.done_at is not None
