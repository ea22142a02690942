"""Checks for the `api-tests` milestone: the learner's tests pass on a correct API and catch broken ones."""
import inspect

from pymastery import call, capture, expect, fail
from pymastery.track.items_api import app_client
from pymastery.track.packages import import_from

ROOT = "week2/day12"

BUGS = {
    "created-200": "POST /items answers 200 instead of 201",
    "delete-keeps": "DELETE answers 204 but the item stays",
    "missing-200": "GET /items/{id} of an unknown id answers 200 with an empty object",
    "free-items": "a price of 0 or below is accepted",
    "tag-ignored": "the ?tag= filter is ignored",
    "ids-reused": "ids are counted with len(items) + 1, so a deleted id comes back",
}


def _reference_app(bug=None):
    """A correct items API, or one with a single bug, written by the check."""
    from typing import Dict, List, Optional

    from fastapi import FastAPI, HTTPException, Query, Response
    from pydantic import BaseModel, Field

    class ItemIn(BaseModel):
        name: str = Field(..., min_length=1, max_length=100)
        price: float = Field(..., gt=-1e9 if bug == "free-items" else 0)
        tags: List[str] = Field(default_factory=list)

    class Item(ItemIn):
        id: int

    app = FastAPI()
    items: Dict[int, Item] = {}
    counter = [0]

    @app.post("/items", response_model=Item, status_code=200 if bug == "created-200" else 201)
    def create(item_in: ItemIn):
        counter[0] += 1
        new_id = len(items) + 1 if bug == "ids-reused" else counter[0]
        item = Item(id=new_id, name=item_in.name, price=item_in.price, tags=list(item_in.tags))
        items[new_id] = item
        return item

    @app.get("/items", response_model=List[Item])
    def listing(tag: Optional[str] = None, limit: int = Query(100, ge=1, le=100)):
        found = [i for i in items.values() if tag is None or bug == "tag-ignored" or tag in i.tags]
        return found[:limit]

    @app.get("/items/{item_id}")
    def read(item_id: int):
        if item_id not in items:
            if bug == "missing-200":
                return {}
            raise HTTPException(404, "no such item")
        return items[item_id]

    @app.delete("/items/{item_id}", status_code=204)
    def delete(item_id: int):
        if item_id not in items:
            raise HTTPException(404, "no such item")
        if bug != "delete-keeps":
            del items[item_id]
        return Response(status_code=204)

    return app


def _tests():
    module = import_from(ROOT, "api.test_api")
    tests = [(name, fn) for name, fn in vars(module).items()
             if name.startswith("test_") and inspect.isfunction(fn) and fn.__module__ == module.__name__]
    if not tests:
        fail("api/test_api.py has no test functions.", hint="Write functions named test_... that take client.")
    return tests


def _run_on(app, test):
    from fastapi.testclient import TestClient

    return capture(test, TestClient(app))


def check_tests_pass_on_your_api():
    """your tests pass on your own API"""
    for name, test in _tests():
        outcome = _run_on(call(import_from(ROOT, "api.main").create_app).value, test)
        if isinstance(outcome.exception, NotImplementedError):
            fail("%s is not written yet." % name, hint="Replace the raise NotImplementedError with a real test.")
        if outcome.exception is not None:
            call(test, app_client())  # run it again so the failure points at the line in the test


def check_tests_pass_on_a_correct_api():
    """your tests pass on another correct API"""
    for name, test in _tests():
        outcome = _run_on(_reference_app(), test)
        if outcome.exception is not None:
            fail("%s fails on a correct API: %s: %s" % (name, type(outcome.exception).__name__, outcome.exception),
                 hint="Test only what the contract in main.py promises (status codes, the JSON shapes, ids from 1), "
                      "not details such as the wording of an error message.")


def check_tests_catch_bugs():
    """your tests catch each of six planted bugs"""
    tests = _tests()
    missed = []
    for bug, description in BUGS.items():
        caught = any(_run_on(_reference_app(bug), test).exception is not None for _, test in tests)
        if not caught:
            missed.append(description)
    expect(not missed, "Every test still passed on an API where %s." % "; and where ".join(missed),
           hint="For each promise of the API write a test that would fail if it were broken: the exact status codes, "
                "what a delete really removes, what an unknown id answers, the validation rules, the filters and the ids.")
