"""Pick and order tasks (milestone 3). Both functions return new lists."""

from __future__ import annotations

from datetime import date
from typing import Iterable, List, Optional

from taskman.models import PRIORITIES, Task


def filter_tasks(tasks: Iterable[Task], *, tag: Optional[str] = None,
                 priority: Optional[str] = None, due_before: Optional[date] = None,
                 done: bool = False) -> List[Task]:
    """The tasks that match every filter given.

    ``done=False`` keeps open tasks, ``done=True`` completed ones. ``tag`` keeps tasks
    carrying that tag, ``priority`` tasks of that priority, and ``due_before`` tasks
    due strictly before that day (a task with no due date is never due before anything).
    """
    raise NotImplementedError("filter_tasks() is not written yet")


def sort_tasks(tasks: Iterable[Task], by: str = "id") -> List[Task]:
    """The tasks in order: ``by="id"``, ``"due"`` (earliest first, undated last) or
    ``"priority"`` (high, normal, low). Ties keep id order. Another ``by`` raises ValueError.
    """
    raise NotImplementedError("sort_tasks() is not written yet")
