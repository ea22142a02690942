"""Show tasks as a table in the terminal with Rich (milestone 2)."""

from __future__ import annotations

from datetime import date
from typing import Iterable, Optional

from rich.table import Table
from rich.text import Text

from taskman.models import Task

_PRIORITY_STYLES = {"high": "bold red", "normal": "", "low": "dim"}


def _due(task: Task, today: date) -> Text:
    if task.done:
        return Text("done", style="green")
    if task.due is None:
        return Text("")
    label = f"{task.due:%b} {task.due.day}"
    return Text(label, style="red" if task.due < today else "")


def task_table(tasks: Iterable[Task], today: Optional[date] = None) -> Table:
    """A Rich table with the columns ID, Task, Priority, Due and Tags, one row per task.

    The priority is shown in capitals (``HIGH``) and a high one stands out in colour; the
    due day reads like ``Jan 20`` (empty when there is none); tags are joined with
    ``", "``. A completed task shows ``done`` in the Due column. ``today`` (default: the
    real today) lets a task that is overdue stand out too.
    """
    today = today or date.today()
    table = Table("ID", "Task", "Priority", "Due", "Tags")
    table.columns[0].justify = "right"
    for task in tasks:
        table.add_row(
            str(task.id),
            task.title,
            Text(task.priority.upper(), style=_PRIORITY_STYLES.get(task.priority, "")),
            _due(task, today),
            ", ".join(task.tags),
        )
    return table
