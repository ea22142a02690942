"""Checks for the `rest-api` milestone (week8/rest_api.py)."""
from fastapi.testclient import TestClient

from pymastery import call, expect_equal, learner_module


def _client(module=None):
    return TestClient(call((module or learner_module()).create_app).value)


def check_create_and_list():
    """POST /notes answers 201 with ids from 1; GET /notes lists them in order"""
    client = _client()
    first = client.post("/notes", json={"text": "buy milk"})
    expect_equal((first.status_code, first.json()), (201, {"id": 1, "text": "buy milk"}),
                 hint="status_code=201 in the decorator; keep a counter for the ids.")
    client.post("/notes", json={"text": "call Bo"})
    expect_equal(client.get("/notes").json(), [{"id": 1, "text": "buy milk"},
                                               {"id": 2, "text": "call Bo"}])


def check_get_and_delete():
    """GET and DELETE of one note, and 404 for one that is not there"""
    client = _client()
    client.post("/notes", json={"text": "a"})
    client.post("/notes", json={"text": "b"})
    expect_equal(client.get("/notes/2").json(), {"id": 2, "text": "b"})
    expect_equal(client.get("/notes/9").status_code, 404,
                 hint="raise HTTPException(404, ...) for an unknown id.")
    expect_equal(client.delete("/notes/1").status_code, 204)
    expect_equal(client.delete("/notes/1").status_code, 404)
    expect_equal([n["id"] for n in client.get("/notes").json()], [2])


def check_validation_and_separate_apps():
    """an empty text is 422, and two apps do not share notes"""
    module = learner_module()
    client = _client(module)
    expect_equal(client.post("/notes", json={"text": ""}).status_code, 422,
                 hint="Let the NoteIn model describe the body: FastAPI answers 422 for one that "
                      "does not fit.")
    expect_equal(client.post("/notes", json={}).status_code, 422)
    client.post("/notes", json={"text": "mine"})
    expect_equal(_client(module).get("/notes").json(), [],
                 hint="Create the notes store inside create_app, not at module level.")
