"""Milestone: show tasks as a Rich table (taskman/view.py, task_table)."""
import io
from datetime import date, datetime

from pymastery import call, expect, expect_equal, learner_module

TODAY = date(2025, 6, 10)


def _tasks():
    task = learner_module("taskman/models.py").Task
    return [
        task(1, "Renew passport", "high", date(2025, 6, 20), ["admin"]),
        task(2, "Buy stamps", "low"),
        task(3, "Plan the trip", "normal", date(2025, 6, 1), ["travel", "family"]),
        task(4, "Pay rent", "normal", date(2025, 6, 1), [], datetime(2025, 5, 30, 8, 0)),
    ]


def _table(tasks, today=TODAY):
    from rich.table import Table

    table = call(learner_module().task_table, tasks, today).value
    expect(isinstance(table, Table), f"task_table() returned {table!r}, not a rich Table",
           hint="Build a rich.table.Table, add the columns and one add_row() per task, and "
                "return the table (printing it is the command's job).")
    return table


def _render(table, colour):
    from rich.console import Console

    out = io.StringIO()
    console = Console(file=out, width=100, force_terminal=colour, no_color=not colour,
                      color_system="standard" if colour else None, legacy_windows=False)
    console.print(table)
    return out.getvalue()


def _row_line(text, title):
    lines = [line for line in text.splitlines() if title in line]
    expect(lines != [], f"no line of the printed table shows {title!r}")
    return lines[0]


def check_columns():
    """The table has the columns ID, Task, Priority, Due and Tags"""
    table = _table(_tasks())
    headers = [str(column.header) for column in table.columns]
    expect_equal(headers, ["ID", "Task", "Priority", "Due", "Tags"],
                 hint="Table('ID', 'Task', ...) or table.add_column(...) for each, in this order.")
    expect_equal(table.row_count, 4, hint="One row per task.")


def check_rows_show_each_task():
    """Each row shows the id, title, priority in capitals, due day and tags"""
    text = _render(_table(_tasks()), colour=False)
    line = _row_line(text, "Renew passport")
    for part in ("1", "HIGH", "Jun 20", "admin"):
        expect(part in line, f"the row of 'Renew passport' does not show {part!r}: {line!r}",
               hint="Priority in capitals, the due day as f\"{due:%b} {due.day}\", tags "
                    "joined with ', '.")
    line = _row_line(text, "Plan the trip")
    for part in ("NORMAL", "Jun 1", "travel, family"):
        expect(part in line, f"the row of 'Plan the trip' does not show {part!r}: {line!r}")
    expect("LOW" in _row_line(text, "Buy stamps"), "the row of 'Buy stamps' does not show LOW")
    expect("done" in _row_line(text, "Pay rent"),
           "the completed task 'Pay rent' does not show 'done' in its row",
           hint="For a task whose done_at is set, show 'done' in the Due column.")
    order = [text.find(title) for title in
             ("Renew passport", "Buy stamps", "Plan the trip", "Pay rent")]
    expect(order == sorted(order), "the rows are not in the order the tasks were given",
           hint="Sorting is not the table's job: add the rows in the order given.")


def check_high_priority_stands_out():
    """A high priority is shown in colour, and plain output has no colour codes"""
    tasks = _tasks()
    coloured = _render(_table(tasks), colour=True)
    expect("\x1b[" in _row_line(coloured, "Renew passport"),
           "the row of the high-priority task has no colour in a colour terminal",
           hint="Give the priority cell a style: Text('HIGH', style='bold red'), or the "
                "markup '[red]HIGH[/red]'.")
    plain = _render(_table(tasks), colour=False)
    expect("\x1b[" not in plain, "the table has escape codes when colour is off",
           hint="Let Rich decide about colour: use styles rather than writing escape codes "
                "yourself.")


def check_overdue_stands_out():
    """An overdue task looks different from the same task not yet due"""
    overdue = _row_line(_render(_table(_tasks(), TODAY), colour=True), "Plan the trip")
    in_time = _row_line(_render(_table(_tasks(), date(2025, 5, 1)), colour=True), "Plan the trip")
    expect(overdue != in_time,
           "'Plan the trip' (due Jun 1) looks the same on Jun 10, when it is overdue, as on "
           "May 1", hint="Compare task.due with `today` (date.today() when it is None) and give "
                         "an overdue, open task's due day a style, such as red.")


def check_empty_list():
    """No tasks gives a table with no rows"""
    table = _table([])
    expect_equal(table.row_count, 0)
