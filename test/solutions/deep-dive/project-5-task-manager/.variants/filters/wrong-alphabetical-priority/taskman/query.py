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
    kept = [task for task in tasks if task.done == done]
    if tag is not None:
        kept = [task for task in kept if tag in task.tags]
    if priority is not None:
        kept = [task for task in kept if task.priority == priority]
    if due_before is not None:
        kept = [task for task in kept if task.due is not None and task.due < due_before]
    return kept


def sort_tasks(tasks: Iterable[Task], by: str = "id") -> List[Task]:
    """The tasks in order: ``by="id"``, ``"due"`` (earliest first, undated last) or
    ``"priority"`` (high, normal, low). Ties keep id order. Another ``by`` raises ValueError.
    """
    keys = {
        "id": lambda task: task.id,
        "due": lambda task: (task.due is None, task.due or date.min, task.id),
        "priority": lambda task: (task.priority, task.id),
    }
    if by not in keys:
        raise ValueError(f"cannot sort by {by!r}: use one of {', '.join(keys)}")
    return sorted(tasks, key=keys[by])
