"""What JsonTaskStore (milestone 1) and SqliteTaskStore (milestone 4) both promise.

Each function takes `open_store(path)`, which builds the learner's store on a file.
"""
from datetime import date, datetime

from pymastery import call, capture, expect, expect_equal, expect_isinstance, temp_folder


def _summary(task):
    return (task.id, task.title, task.priority, task.due, list(task.tags), task.done_at)


def adds_and_lists(open_store, filename):
    with temp_folder() as folder:
        store = call(open_store, folder.path(filename)).value
        first = call(store.add, "Water the plants", "high", date(2025, 6, 1), ["home"]).value
        second = call(store.add, "Call the bank").value
        expect_equal(_summary(first), (1, "Water the plants", "high", date(2025, 6, 1),
                                       ["home"], None),
                     hint="add() returns the new Task, with ids starting at 1.")
        expect_equal(_summary(second), (2, "Call the bank", "normal", None, [], None),
                     hint="Without a priority, due day or tags a task is 'normal', undated "
                          "and untagged; the next id is one more than the last.")
        expect_equal([_summary(t) for t in call(store.all).value],
                     [_summary(first), _summary(second)],
                     hint="all() returns every task in id order.")
        expect_equal(_summary(call(store.get, 2).value), _summary(second))


def survives_a_restart(open_store, filename):
    with temp_folder() as folder:
        path = folder.path(filename)
        store = call(open_store, path).value
        call(store.add, "Renew passport", "high", date(2025, 9, 30), ["admin", "travel"])
        call(store.add, "Buy stamps", "low")
        call(store.complete, 2, datetime(2025, 5, 4, 9, 30))
        again = call(open_store, path).value
        tasks = call(again.all).value
        expect_equal([_summary(t) for t in tasks],
                     [(1, "Renew passport", "high", date(2025, 9, 30), ["admin", "travel"], None),
                      (2, "Buy stamps", "low", None, [], datetime(2025, 5, 4, 9, 30))],
                     hint="A store opened later on the same file must find every task as it "
                          "was saved: turn the due day and completion time back into date "
                          "and datetime objects when you load them.")
        expect_isinstance(tasks[0].due, date, hint="The due day comes back as a date.")


def never_reuses_ids(open_store, filename):
    with temp_folder() as folder:
        path = folder.path(filename)
        store = call(open_store, path).value
        for title in ("one", "two", "three"):
            call(store.add, title)
        call(store.remove, 3)
        call(store.remove, 2)
        expect_equal(call(store.add, "four").value.id, 4,
                     hint="Counting the tasks (or taking the highest id left) gives an id "
                          "that was used before. Keep the next id apart from the tasks.")
        again = call(open_store, path).value
        expect_equal(call(again.add, "five").value.id, 5,
                     hint="The next id must be saved too, so it survives a restart.")
        expect_equal([t.title for t in call(again.all).value], ["one", "four", "five"])


def unknown_ids_and_priorities(open_store, filename):
    with temp_folder() as folder:
        store = call(open_store, folder.path(filename)).value
        call(store.add, "only task")
        for method in ("get", "complete", "remove"):
            outcome = capture(getattr(store, method), 42)
            expect_isinstance(outcome.exception, KeyError,
                              f"{method}(42) with no task 42 did not raise KeyError",
                              hint="Raise KeyError for an id that is not there, so the "
                                   "command line can say so.")
        outcome = capture(store.add, "odd", "urgent")
        expect_isinstance(outcome.exception, ValueError,
                          "add() with the priority 'urgent' did not raise ValueError",
                          hint="Compare the priority with PRIORITIES before saving anything.")
        expect_equal([t.title for t in call(store.all).value], ["only task"],
                     hint="A refused task must not be saved.")


def completes(open_store, filename):
    with temp_folder() as folder:
        store = call(open_store, folder.path(filename)).value
        call(store.add, "Write report")
        call(store.add, "Send report")
        done = call(store.complete, 1, datetime(2025, 3, 2, 17, 45)).value
        expect_equal(done.done_at, datetime(2025, 3, 2, 17, 45))
        expect(call(store.get, 1).value.done, "the task completed at 17:45 is not done")
        expect(not call(store.get, 2).value.done, "completing task 1 also completed task 2")
        before = datetime.now().replace(microsecond=0)
        stamped = call(store.complete, 2).value.done_at
        expect(isinstance(stamped, datetime) and abs((stamped - before).total_seconds()) < 60,
               f"complete() without a time stored {stamped!r}, not the present moment",
               hint="Without `when`, use datetime.now().")
