"""Checks for the `task-manager` milestone (week8/task_manager.py)."""
import sqlite3

from fastapi.testclient import TestClient

from pymastery import call, expect, expect_equal, learner_module, temp_folder

USERS = {"ada": "lovelace", "bo": "s3cret"}


def _app(folder):
    module = learner_module()
    app = call(module.create_app, folder.path("tasks.db"), dict(USERS)).value
    return TestClient(app)


def _auth(client, name):
    token = client.post("/login", json={"username": name, "password": USERS[name]}).json()["token"]
    return {"Authorization": "Bearer " + token}


def check_create_list_and_slug():
    """a created task is listed, stored in the file, and gets its slug in the background"""
    with temp_folder() as folder:
        client = _app(folder)
        ada = _auth(client, "ada")
        made = client.post("/tasks", json={"title": "Buy  Milk, Eggs!"}, headers=ada)
        expect_equal(made.status_code, 201)
        body = made.json()
        expect_equal((body.get("title"), body.get("done")), ("Buy  Milk, Eggs!", False))
        listed = client.get("/tasks", headers=ada).json()
        expect_equal([(t["title"], t["slug"]) for t in listed], [("Buy  Milk, Eggs!", "buy-milk-eggs")],
                     hint="Add a BackgroundTasks parameter to the route and add_task a function "
                          "that opens its own session, sets the slug and commits.")
        with sqlite3.connect(folder.path("tasks.db")) as db:
            tables = [r[0] for r in db.execute("select name from sqlite_master where type='table'")]
        expect(tables, "the database file has no tables",
               hint="Make the engine for sqlite:/// plus db_path and call create_all on it.")


def check_change_and_delete():
    """PATCH marks a task done; DELETE removes it; an unknown id is 404"""
    with temp_folder() as folder:
        client = _app(folder)
        ada = _auth(client, "ada")
        task_id = client.post("/tasks", json={"title": "write"}, headers=ada).json()["id"]
        changed = client.patch("/tasks/%d" % task_id, json={"done": True}, headers=ada)
        expect_equal((changed.status_code, changed.json().get("done")), (200, True))
        expect_equal(client.get("/tasks/%d" % task_id, headers=ada).json().get("done"), True)
        expect_equal(client.delete("/tasks/%d" % task_id, headers=ada).status_code, 204)
        expect_equal(client.get("/tasks/%d" % task_id, headers=ada).status_code, 404)
        expect_equal(client.get("/tasks", headers=ada).json(), [])


def check_users_are_kept_apart():
    """without a token is 401; another user's task is 404 for every method"""
    with temp_folder() as folder:
        client = _app(folder)
        ada, bo = _auth(client, "ada"), _auth(client, "bo")
        expect_equal(client.get("/tasks").status_code, 401)
        expect_equal(client.post("/tasks", json={"title": "x"}).status_code, 401)
        task_id = client.post("/tasks", json={"title": "ada's"}, headers=ada).json()["id"]
        expect_equal(client.get("/tasks", headers=bo).json(), [],
                     hint="Store the owner with each task and filter every query by it.")
        for method, extra in (("get", {}), ("patch", {"json": {"done": True}}), ("delete", {})):
            status = getattr(client, method)("/tasks/%d" % task_id, headers=bo, **extra).status_code
            expect_equal(status, 404, hint="Look a task up by id AND owner; not found is 404.")
        expect_equal(client.get("/tasks/%d" % task_id, headers=ada).json().get("done"), False)


def check_slugify():
    """slugify keeps lower-case letters and digits, joined by single dashes"""
    module = learner_module()
    expect_equal(call(module.slugify, "  Plan Q3 -- budget! ").value, "plan-q3-budget")
    expect_equal(call(module.slugify, "???").value, "")
