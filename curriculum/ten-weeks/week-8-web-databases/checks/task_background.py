"""Checks for the `task-background` milestone (week8/task_manager.py)."""
from fastapi.testclient import TestClient

from pymastery import call, expect_equal, learner_module, temp_folder

USERS = {"ada": "lovelace", "bo": "s3cret"}


def _auth(client, name):
    token = client.post("/login", json={"username": name, "password": USERS[name]}).json()["token"]
    return {"Authorization": "Bearer " + token}


def check_slugify():
    """slugify keeps lower-case letters and digits, joined by single dashes"""
    module = learner_module()
    expect_equal(call(module.slugify, "  Plan Q3 -- budget! ").value, "plan-q3-budget")
    expect_equal(call(module.slugify, "???").value, "")


def check_slug_filled_in_background():
    """a created task gets its slug from the background job"""
    with temp_folder() as folder:
        module = learner_module()
        client = TestClient(call(module.create_app, folder.path("tasks.db"), dict(USERS)).value)
        ada = _auth(client, "ada")
        made = client.post("/tasks", json={"title": "Buy  Milk, Eggs!"}, headers=ada)
        expect_equal(made.status_code, 201)
        listed = client.get("/tasks", headers=ada).json()
        expect_equal([(t["title"], t["slug"]) for t in listed], [("Buy  Milk, Eggs!", "buy-milk-eggs")],
                     hint="Add a BackgroundTasks parameter to the POST route and add_task fill_slug "
                          "with the session factory and the new id; fill_slug commits.")


def check_summary():
    """GET /summary counts the user's own tasks: total, done and open"""
    with temp_folder() as folder:
        module = learner_module()
        client = TestClient(call(module.create_app, folder.path("tasks.db"), dict(USERS)).value)
        ada, bo = _auth(client, "ada"), _auth(client, "bo")
        expect_equal(client.get("/summary").status_code, 401)
        expect_equal(client.get("/summary", headers=ada).json(), {"total": 0, "done": 0, "open": 0})
        ids = [client.post("/tasks", json={"title": t}, headers=ada).json()["id"] for t in ("a", "b", "c")]
        client.post("/tasks", json={"title": "bo's"}, headers=bo)
        client.patch("/tasks/%d" % ids[1], json={"done": True}, headers=ada)
        expect_equal(client.get("/summary", headers=ada).json(), {"total": 3, "done": 1, "open": 2},
                     hint="Count only the logged-in user's tasks; open is total minus done.")
