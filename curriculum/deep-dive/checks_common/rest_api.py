"""Helpers for the checks of project 4 (the learner's api/ package)."""
from pymastery import call, expect, fail

from .web_project import fresh_import


class FakeStore:
    """Items in a dict, with the item methods of api.store.Store, for testing routes alone."""

    def __init__(self):
        self.items = {}
        self.next_id = 1
        self.calls = []

    def add_item(self, owner, name, price):
        self.calls.append(("add_item", owner))
        item = {"id": self.next_id, "name": name, "price": float(price)}
        self.items[self.next_id] = (owner, item)
        self.next_id += 1
        return dict(item)

    def get_item(self, owner, item_id):
        self.calls.append(("get_item", owner))
        found = self.items.get(item_id)
        return dict(found[1]) if found and found[0] == owner else None

    def list_items(self, owner):
        self.calls.append(("list_items", owner))
        return [dict(item) for who, item in self.items.values() if who == owner]

    def update_item(self, owner, item_id, name, price):
        self.calls.append(("update_item", owner))
        if self.get_item(owner, item_id) is None:
            return None
        self.items[item_id] = (owner, {"id": item_id, "name": name, "price": float(price)})
        return dict(self.items[item_id][1])

    def delete_item(self, owner, item_id):
        self.calls.append(("delete_item", owner))
        if self.get_item(owner, item_id) is None:
            return False
        del self.items[item_id]
        return True


def router_client(store, user_id=7):
    """A TestClient for an app made only of the learner's items_router, with `store` and a
    fixed user plugged in as its dependencies. Returns (client, who) where who["id"] can be
    changed to act as another user."""
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    routes = fresh_import("api.routes")
    who = {"id": user_id}
    router = call(routes.items_router, lambda: store, lambda: who["id"]).value
    if router is None:
        fail("items_router() returned None.", hint="End items_router with `return router`.")
    app = FastAPI()
    app.include_router(router)
    return TestClient(app), who


def send(client, method, url, **options):
    """One request; an exception in the learner's route fails the check at its line."""
    return call(client.request, method, url, **options).value


def json_of(response):
    try:
        return response.json()
    except ValueError:
        fail("%s %s answered %d with a body that is not JSON: %r"
             % (response.request.method, response.request.url.path, response.status_code,
                response.text[:200]),
             hint="Return a dict or a list from the route and FastAPI sends it as JSON.")


def expect_status(response, status, hint=None):
    request = response.request
    expect(response.status_code == status,
           "%s %s answered %d (%s), expected %d"
           % (request.method, request.url.path, response.status_code, response.text[:200], status),
           hint=hint)
