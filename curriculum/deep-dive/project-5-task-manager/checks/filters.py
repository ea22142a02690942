"""Milestone: filter and sort tasks (taskman/query.py, filter_tasks and sort_tasks)."""
from datetime import date, datetime

from pymastery import call, capture, expect_equal, expect_isinstance, learner_module

DONE = datetime(2025, 6, 1, 12, 0)


def _tasks():
    task = learner_module("taskman/models.py").Task
    return [
        task(1, "taxes", "high", date(2025, 6, 30), ["admin"]),
        task(2, "garden", "low", None, ["home"]),
        task(3, "dentist", "normal", date(2025, 6, 12), ["health", "admin"]),
        task(4, "paint", "normal", None, ["home"]),
        task(5, "visa", "high", date(2025, 6, 12), ["admin", "travel"]),
        task(6, "old bill", "high", date(2025, 5, 1), ["admin"], DONE),
    ]


def _ids(tasks):
    return [task.id for task in tasks]


def _filter(**filters):
    query = learner_module()
    return _ids(call(query.filter_tasks, _tasks(), **filters).value)


def check_open_and_done():
    """Without filters, open tasks; with done=True, completed ones"""
    expect_equal(_filter(), [1, 2, 3, 4, 5],
                 hint="By default keep the tasks whose done_at is None, in the order given.")
    expect_equal(_filter(done=True), [6], hint="done=True keeps only completed tasks.")


def check_each_filter():
    """tag, priority and due_before each narrow the list"""
    expect_equal(_filter(tag="admin"), [1, 3, 5], hint="Keep tasks whose tags contain the tag.")
    expect_equal(_filter(priority="high"), [1, 5])
    expect_equal(_filter(due_before=date(2025, 6, 20)), [3, 5],
                 hint="Due strictly before that day; an undated task is never due before "
                      "anything.")
    expect_equal(_filter(due_before=date(2025, 6, 12)), [],
                 hint="'Before' means strictly earlier: a task due that very day is not kept.")


def check_filters_combine():
    """Filters given together must all match"""
    expect_equal(_filter(tag="admin", priority="normal"), [3])
    expect_equal(_filter(tag="admin", due_before=date(2025, 7, 1), priority="high"), [1, 5])
    expect_equal(_filter(tag="home", done=True), [])


def _sort(by, tasks=None):
    query = learner_module()
    return _ids(call(query.sort_tasks, tasks if tasks is not None else _tasks(), by).value)


def check_sort_by_due():
    """Sorting by due day puts the earliest first and undated tasks last"""
    expect_equal(_sort("due"), [6, 3, 5, 1, 2, 4],
                 hint="A key such as (task.due is None, task.due or date.min, task.id) puts "
                      "undated tasks last and breaks ties by id.")


def check_sort_by_priority():
    """Sorting by priority goes high, normal, low, ties by id"""
    expect_equal(_sort("priority"), [1, 5, 6, 3, 4, 2],
                 hint="Sorting the priority names gives high, low, normal. Sort by their "
                      "place in PRIORITIES instead.")


def check_sort_keeps_the_input():
    """Sorting returns a new list and leaves the one given alone"""
    tasks = _tasks()
    tasks.reverse()
    expect_equal(_sort("id", tasks), [1, 2, 3, 4, 5, 6])
    expect_equal(_ids(tasks), [6, 5, 4, 3, 2, 1],
                 hint="Use sorted(), which builds a new list, rather than list.sort().")
    outcome = capture(learner_module().sort_tasks, tasks, "colour")
    expect_isinstance(outcome.exception, ValueError,
                      "sort_tasks(tasks, 'colour') did not raise ValueError",
                      hint="Raise ValueError for an order you don't know.")
