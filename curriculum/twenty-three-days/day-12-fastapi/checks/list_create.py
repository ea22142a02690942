"""Checks for the `list-create` milestone: POST /items and GET /items."""
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


def check_create_answers_201_with_the_item():
    """POST /items answers 201 with the new item and its id"""
    client = _client()
    item = _create(client, name="lamp", price=12.5, tags=["home"])
    expect_equal(item, {"id": 1, "name": "lamp", "price": 12.5, "tags": ["home"]},
                 hint="Return the new Item (with response_model=Item) so the client learns its id.")


def check_ids_count_up():
    """ids start at 1 and go up by one"""
    client = _client()
    expect_equal([_create(client, name=name)["id"] for name in "abc"], [1, 2, 3],
                 hint="Keep a counter next to the dict, in create_app, and add one after each item.")


def check_apps_do_not_share_items():
    """each app from create_app() starts empty"""
    first = _client()
    _create(first, name="only in the first app")
    second = _client()
    expect_equal(_json(_send(second, "GET", "/items")), [],
                 hint="Create the dict inside create_app, not at module level, so each app has its own.")
    expect_equal(_create(second, name="x")["id"], 1, hint="The id counter belongs to the app too.")


def check_list_in_order():
    """GET /items lists every item, oldest first"""
    client = _client()
    for name in ("first", "second", "third"):
        _create(client, name=name)
    response = _send(client, "GET", "/items")
    expect_equal(response.status_code, 200, hint="Add a GET route for /items.")
    expect_equal([item.get("name") for item in _json(response)], ["first", "second", "third"],
                 hint="Dicts keep insertion order: list(items.values()).")


def check_filter_and_limit():
    """?tag= filters and ?limit= caps the list"""
    client = _client()
    _create(client, name="chair", tags=["home", "wood"])
    _create(client, name="laptop", tags=["work"])
    _create(client, name="desk", tags=["work", "wood"])
    _create(client, name="plant")
    names = lambda response: [item.get("name") for item in _json(response)]
    expect_equal(names(_send(client, "GET", "/items", params={"tag": "wood"})), ["chair", "desk"],
                 hint="A parameter of the route function that is not in the path is a query parameter: tag: Optional[str] = None.")
    expect_equal(names(_send(client, "GET", "/items", params={"limit": 2})), ["chair", "laptop"],
                 hint="Slice the list to the first `limit` items.")
    expect_equal(names(_send(client, "GET", "/items", params={"tag": "work", "limit": 1})), ["laptop"],
                 hint="Filter first, then cut to the limit.")


def check_limit_range():
    """a limit outside 1..100 is refused with 422"""
    client = _client()
    for limit in (0, 101, "many"):
        response = _send(client, "GET", "/items", params={"limit": limit})
        expect_equal(response.status_code, 422,
                     hint="Let FastAPI validate it: limit: int = Query(100, ge=1, le=100).")


def check_bad_bodies_refused():
    """an invalid item is refused with 422 and nothing is stored"""
    client = _client()
    for body in ({"name": "", "price": 1}, {"name": "x", "price": 0}, {"price": 1}, {"name": "x", "price": "lots"}):
        response = _send(client, "POST", "/items", json=body)
        expect_equal(response.status_code, 422,
                     hint="Take the body as a parameter typed ItemIn; FastAPI validates it and answers 422 for you.")
        expect("detail" in _json(response), "A 422 answer should explain itself in \"detail\".",
               hint="FastAPI's own validation answer has a detail key; do not replace it with your own.")
    expect_equal(_json(_send(client, "GET", "/items")), [], hint="A refused item must not be stored.")
