"""Checks for the `get-delete` milestone: GET and DELETE /items/{item_id}."""
import importlib
import logging
import sys

from pymastery import call, capture, expect, expect_equal, fail, learner_path

ROOT = "week2/day12"


def _import(name):
    """A module of the learner's api package, imported as `uvicorn api.main:app` would."""
    root = learner_path(ROOT)
    if root not in sys.path:
        sys.path.insert(0, root)
    importlib.invalidate_caches()
    return call(importlib.import_module, name).value


def _client(**options):
    """A TestClient for a fresh app from the learner's create_app()."""
    from fastapi.testclient import TestClient

    app = call(_import("api.main").create_app).value
    return TestClient(app, **options)


def _send(client, method, url, **options):
    """One request; an exception in the learner's endpoint fails the check at its line."""
    return call(client.request, method, url, **options).value


def _json(response):
    try:
        return response.json()
    except ValueError:
        fail("%s answered %d with a body that is not JSON: %r" % (response.request.url.path, response.status_code, response.text[:200]),
             hint="Return a pydantic model, a dict or a list (or a JSONResponse) and FastAPI sends JSON.")


def _create(client, name="lamp", price=10.0, tags=None):
    body = {"name": name, "price": price}
    if tags is not None:
        body["tags"] = tags
    response = _send(client, "POST", "/items", json=body)
    expect(response.status_code not in (404, 405), "POST /items answered %d: there is no such route yet." % response.status_code,
           hint="Inside create_app, add a function decorated with @app.post(\"/items\", ...).")
    expect_equal(response.status_code, 201,
                 hint="Creating succeeded, so answer 201 Created: status_code=201 in the @app.post decorator.")
    return _json(response)


def check_read_one():
    """GET /items/{id} answers with that item"""
    client = _client()
    _create(client, name="first")
    second = _create(client, name="second", price=3, tags=["x"])
    response = _send(client, "GET", "/items/%d" % second["id"])
    expect_equal(response.status_code, 200, hint="Add @app.get(\"/items/{item_id}\") with a parameter item_id: int.")
    expect_equal(_json(response), second, hint="Look the item up by its id and return it.")


def check_read_missing():
    """an unknown id answers 404 with a detail"""
    client = _client()
    _create(client)
    response = _send(client, "GET", "/items/999")
    expect_equal(response.status_code, 404, hint="raise HTTPException(status_code=404, detail=...) when the id is unknown.")
    expect("detail" in _json(response), "The 404 answer should carry a \"detail\" message.",
           hint="HTTPException's detail becomes {\"detail\": ...} in the answer.")


def check_id_must_be_a_number():
    """a path id that is not a number answers 422"""
    client = _client()
    expect_equal(_send(client, "GET", "/items/abc").status_code, 422,
                 hint="Annotate the path parameter as int and FastAPI rejects anything else.")


def check_delete():
    """DELETE answers 204 with no body, and the item is gone"""
    client = _client()
    keep = _create(client, name="keep")
    drop = _create(client, name="drop")
    response = _send(client, "DELETE", "/items/%d" % drop["id"])
    expect_equal(response.status_code, 204, hint="status_code=204 on the route; 204 means success with nothing to say.")
    expect_equal(response.content, b"", hint="A 204 answer has no body: return Response(status_code=204) or None.")
    expect_equal(_send(client, "GET", "/items/%d" % drop["id"]).status_code, 404, hint="Remove the item from the store.")
    expect_equal(_json(_send(client, "GET", "/items")), [keep], hint="Only the deleted item disappears.")


def check_delete_missing():
    """deleting an unknown id, or the same id twice, answers 404"""
    client = _client()
    item = _create(client)
    _send(client, "DELETE", "/items/%d" % item["id"])
    expect_equal(_send(client, "DELETE", "/items/%d" % item["id"]).status_code, 404,
                 hint="Check that the id exists before deleting, and raise HTTPException(404) if not.")
    expect_equal(_send(client, "DELETE", "/items/12345").status_code, 404, hint="Unknown ids are a 404 too.")


def check_ids_never_reused():
    """an id is not handed out again after a delete"""
    client = _client()
    _create(client, name="a")
    second = _create(client, name="b")
    _send(client, "DELETE", "/items/%d" % second["id"])
    expect_equal(_create(client, name="c")["id"], 3,
                 hint="Use a counter that only goes up; len(items) + 1 hands out an id again after a delete.")
