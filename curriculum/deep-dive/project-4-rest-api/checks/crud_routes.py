"""Milestone: basic CRUD routes (api/routes.py, items_router), with a fake store plugged in."""
from pymastery import expect, expect_equal
from pymastery.track.rest_api import FakeStore, expect_status, json_of, router_client, send


def check_create_and_read():
    """POST /items answers 201 with the new item, and GET /items/{id} gives it back"""
    client, _ = router_client(FakeStore())
    created = send(client, "POST", "/items", json={"name": "lamp", "price": 12.5})
    expect_status(created, 201, hint="Pass status_code=201 to @router.post(\"/items\", ...): "
                                     "something new was created.")
    item = json_of(created)
    expect_equal(item, {"id": 1, "name": "lamp", "price": 12.5},
                 hint="Return what store.add_item(user, name, price) gives back.")
    read = send(client, "GET", "/items/1")
    expect_status(read, 200, hint="Add a route @router.get(\"/items/{item_id}\") that takes "
                                  "item_id: int.")
    expect_equal(json_of(read), item)


def check_list():
    """GET /items lists the user's items"""
    client, _ = router_client(FakeStore())
    send(client, "POST", "/items", json={"name": "lamp", "price": 12.5})
    send(client, "POST", "/items", json={"name": "desk", "price": 80})
    listed = send(client, "GET", "/items")
    expect_status(listed, 200)
    expect_equal([item["name"] for item in json_of(listed)], ["lamp", "desk"],
                 hint="Return store.list_items(user) from @router.get(\"/items\").")


def check_update_and_delete():
    """PUT replaces an item, DELETE answers 204 and the item is gone"""
    client, _ = router_client(FakeStore())
    send(client, "POST", "/items", json={"name": "lamp", "price": 12.5})
    replaced = send(client, "PUT", "/items/1", json={"name": "big lamp", "price": 20})
    expect_status(replaced, 200, hint="Add @router.put(\"/items/{item_id}\") taking the id and an ItemIn.")
    expect_equal(json_of(replaced), {"id": 1, "name": "big lamp", "price": 20.0})
    deleted = send(client, "DELETE", "/items/1")
    expect_status(deleted, 204, hint="Pass status_code=204 to @router.delete and send no body: "
                                     "return Response(status_code=204).")
    expect_equal(deleted.content, b"", hint="A 204 answer has no body at all.")
    expect_status(send(client, "GET", "/items/1"), 404,
                  hint="After a delete the item must be gone from the store.")


def check_missing_is_404():
    """An id the store doesn't know is a 404 for GET, PUT and DELETE"""
    client, _ = router_client(FakeStore())
    hint = ("When the store answers None (or False for delete), raise "
            "HTTPException(status_code=404).")
    expect_status(send(client, "GET", "/items/99"), 404, hint=hint)
    expect_status(send(client, "PUT", "/items/99", json={"name": "x", "price": 1}), 404, hint=hint)
    expect_status(send(client, "DELETE", "/items/99"), 404, hint=hint)


def check_items_belong_to_the_user():
    """Each route asks the store for the current user's items only"""
    store = FakeStore()
    client, who = router_client(store)
    send(client, "POST", "/items", json={"name": "lamp", "price": 12.5})
    who["id"] = 8
    expect_equal(json_of(send(client, "GET", "/items")), [],
                 hint="Pass the user from current_user (through Depends) to every store method.")
    expect_status(send(client, "GET", "/items/1"), 404,
                  hint="Another user's item must look as if it did not exist.")
    owners = {owner for _, owner in store.calls}
    expect(owners == {7, 8}, "the store was called for users %s, expected 7 and 8" % sorted(owners),
           hint="Take `user=Depends(current_user)` in every route and hand it to the store.")
