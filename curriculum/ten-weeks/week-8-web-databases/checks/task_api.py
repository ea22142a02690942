"""Checks for the `task-api` milestone (week8/task_manager.py over week8/task_store.py)."""
from fastapi.testclient import TestClient

from pymastery import call, expect_equal, learner_module, temp_folder

USERS = {"ada": "lovelace", "bo": "s3cret"}


def _app(folder):
    module = learner_module()
    app = call(module.create_app, folder.path("tasks.db"), dict(USERS)).value
    return TestClient(app)


def _auth(client, name):
    answer = client.post("/login", json={"username": name, "password": USERS[name]})
    expect_equal(answer.status_code, 200, hint="POST /login with the right password answers 200 and a token.")
    return {"Authorization": "Bearer " + answer.json()["token"]}


def check_create_and_list():
    """POST /tasks answers 201 and the task; GET /tasks lists it"""
    with temp_folder() as folder:
        client = _app(folder)
        ada = _auth(client, "ada")
        made = client.post("/tasks", json={"title": "Buy milk"}, headers=ada)
        expect_equal(made.status_code, 201, hint="Give the route status_code=201.")
        body = made.json()
        expect_equal((body.get("title"), body.get("done")), ("Buy milk", False))
        expect_equal([t["title"] for t in client.get("/tasks", headers=ada).json()], ["Buy milk"])
        expect_equal(client.post("/tasks", json={"title": ""}, headers=ada).status_code, 422,
                     hint="An empty title fails validation: TaskIn already says min_length=1.")


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
        expect_equal(client.delete("/tasks/%d" % task_id, headers=ada).status_code, 404)
        expect_equal(client.get("/tasks", headers=ada).json(), [])


def check_users_are_kept_apart():
    """without a token is 401; another user's task is 404 for every method"""
    with temp_folder() as folder:
        client = _app(folder)
        ada, bo = _auth(client, "ada"), _auth(client, "bo")
        expect_equal(client.post("/login", json={"username": "ada", "password": "nope"}).status_code, 401)
        expect_equal(client.get("/tasks").status_code, 401)
        expect_equal(client.get("/tasks", headers={"Authorization": "Bearer made-up"}).status_code, 401)
        expect_equal(client.post("/tasks", json={"title": "x"}).status_code, 401)
        task_id = client.post("/tasks", json={"title": "ada's"}, headers=ada).json()["id"]
        expect_equal(client.get("/tasks", headers=bo).json(), [],
                     hint="Pass the logged-in user's name to every task_store function.")
        for method, extra in (("get", {}), ("patch", {"json": {"done": True}}), ("delete", {})):
            status = getattr(client, method)("/tasks/%d" % task_id, headers=bo, **extra).status_code
            expect_equal(status, 404, hint="When task_store finds nothing for this user, raise HTTPException(404).")
        expect_equal(client.get("/tasks/%d" % task_id, headers=ada).json().get("done"), False)
