"""Checks for the `task-models` milestone (week8/task_store.py)."""
import sqlite3

from pymastery import call, expect, expect_equal, learner_module, temp_folder


def _store(folder):
    module = learner_module()
    Session = call(module.open_store, folder.path("tasks.db")).value
    return module, Session


def check_add_and_list():
    """open_store makes the table in the file; add_task stores a task and list_tasks shows it"""
    with temp_folder() as folder:
        module, Session = _store(folder)
        with sqlite3.connect(folder.path("tasks.db")) as db:
            tables = [r[0] for r in db.execute("select name from sqlite_master where type='table'")]
        expect("tasks" in tables, "open_store did not create a tasks table in the file",
               hint="Make the engine for sqlite:/// plus db_path and call Base.metadata.create_all on it.")
        first = call(module.add_task, Session, "ada", "write").value
        expect_equal({k: first.get(k) for k in ("title", "done", "slug")},
                     {"title": "write", "done": False, "slug": None})
        expect(isinstance(first.get("id"), int), "add_task(...) returned %r: it needs the new id" % (first,),
               hint="Commit before reading task.id; the database hands out the id.")
        second = call(module.add_task, Session, "ada", "read").value
        listed = call(module.list_tasks, Session, "ada").value
        expect_equal([t["id"] for t in listed], [first["id"], second["id"]])
        expect_equal(call(module.get_task, Session, "ada", second["id"]).value.get("title"), "read")
        expect_equal(call(module.get_task, Session, "ada", 999).value, None)


def check_change_and_delete():
    """set_done changes a task in the file; delete_task removes it and says so"""
    with temp_folder() as folder:
        module, Session = _store(folder)
        task_id = call(module.add_task, Session, "ada", "write").value["id"]
        expect_equal(call(module.set_done, Session, "ada", task_id, True).value.get("done"), True)
        expect_equal(call(module.get_task, Session, "ada", task_id).value.get("done"), True,
                     hint="Commit the change, or the next session does not see it.")
        expect_equal(call(module.delete_task, Session, "ada", task_id).value, True)
        expect_equal(call(module.delete_task, Session, "ada", task_id).value, False)
        expect_equal(call(module.list_tasks, Session, "ada").value, [])


def check_owners_are_kept_apart():
    """another user's task is not found by any function"""
    with temp_folder() as folder:
        module, Session = _store(folder)
        task_id = call(module.add_task, Session, "ada", "ada's").value["id"]
        hint = "Look a task up by id AND owner, e.g. filter_by(id=..., owner=...)."
        expect_equal(call(module.list_tasks, Session, "bo").value, [], hint=hint)
        expect_equal(call(module.get_task, Session, "bo", task_id).value, None, hint=hint)
        expect_equal(call(module.set_done, Session, "bo", task_id, True).value, None, hint=hint)
        expect_equal(call(module.delete_task, Session, "bo", task_id).value, False, hint=hint)
        expect_equal(call(module.get_task, Session, "ada", task_id).value.get("done"), False,
                     hint="bo's calls must not change or delete ada's task.")
