"""Milestone: the same store in SQLite (taskman/sqlite_store.py, SqliteTaskStore)."""
import importlib.util
import os
import sqlite3

from pymastery import call, expect, expect_equal, learner_module, temp_folder

_spec = importlib.util.spec_from_file_location(
    "_store_contract", os.path.join(os.path.dirname(__file__), "_store_contract.py"))
contract = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(contract)


def _open(path):
    return learner_module().SqliteTaskStore(path)


def check_adds_and_lists():
    """add() saves a task and all() lists them in id order"""
    contract.adds_and_lists(_open, "tasks.db")


def check_survives_a_restart():
    """A store opened later on the same file finds every task"""
    contract.survives_a_restart(_open, "tasks.db")


def check_never_reuses_ids():
    """Ids are never given out twice, even after removals and restarts"""
    contract.never_reuses_ids(_open, "tasks.db")


def check_unknown_ids_and_priorities():
    """Unknown ids raise KeyError, unknown priorities ValueError"""
    contract.unknown_ids_and_priorities(_open, "tasks.db")


def check_completes():
    """complete() records when a task was done"""
    contract.completes(_open, "tasks.db")


def check_file_is_a_sqlite_database():
    """The tasks are rows of a SQLite database"""
    with temp_folder() as folder:
        store = _open(folder.path("tasks.db"))
        call(store.add, "Feed the cat")
        try:
            db = sqlite3.connect("file:%s?mode=ro" % folder.path("tasks.db"), uri=True)
            tables = [name for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")]
            found = any("Feed the cat" in str(row)
                        for table in tables
                        for row in db.execute('SELECT * FROM "%s"' % table.replace('"', '""')))
            db.close()
        except sqlite3.DatabaseError as err:
            found = False
            tables = ["(not a database: %s)" % err]
        expect(found, f"no table of tasks.db holds the task 'Feed the cat' (tables: {tables})",
               hint="Connect with sqlite3.connect(path), CREATE TABLE IF NOT EXISTS, INSERT the "
                    "task and commit.")


def check_quotes_are_data():
    """Titles with quotes and SQL in them are stored as they are"""
    title = "Ask Bob's \"opinion\"'); DROP TABLE tasks; --"
    with temp_folder() as folder:
        store = _open(folder.path("tasks.db"))
        call(store.add, title, "normal", None, ["it's"])
        call(store.add, "second")
        again = _open(folder.path("tasks.db"))
        expect_equal([(t.title, list(t.tags)) for t in call(again.all).value],
                     [(title, ["it's"]), ("second", [])],
                     hint="Pass values as parameters: execute('INSERT ... VALUES (?, ?)', "
                          "(title, priority)). Never build the SQL text with f-strings.")
