"""Checks for the `list-create` milestone: POST /items and GET /items."""
from pymastery import expect, expect_equal
from pymastery.track.items_api import app_client, create_item, json_body, send

def check_create_answers_201_with_the_item():
    """POST /items answers 201 with the new item and its id"""
    client = app_client()
    item = create_item(client, name="lamp", price=12.5, tags=["home"])
    expect_equal(item, {"id": 1, "name": "lamp", "price": 12.5, "tags": ["home"]},
                 hint="Return the new Item (with response_model=Item) so the client learns its id.")


def check_ids_count_up():
    """ids start at 1 and go up by one"""
    client = app_client()
    expect_equal([create_item(client, name=name)["id"] for name in "abc"], [1, 2, 3],
                 hint="Keep a counter next to the dict, in create_app, and add one after each item.")


def check_apps_do_not_share_items():
    """each app from create_app() starts empty"""
    first = app_client()
    create_item(first, name="only in the first app")
    second = app_client()
    expect_equal(json_body(send(second, "GET", "/items")), [],
                 hint="Create the dict inside create_app, not at module level, so each app has its own.")
    expect_equal(create_item(second, name="x")["id"], 1, hint="The id counter belongs to the app too.")


def check_list_in_order():
    """GET /items lists every item, oldest first"""
    client = app_client()
    for name in ("first", "second", "third"):
        create_item(client, name=name)
    response = send(client, "GET", "/items")
    expect_equal(response.status_code, 200, hint="Add a GET route for /items.")
    expect_equal([item.get("name") for item in json_body(response)], ["first", "second", "third"],
                 hint="Dicts keep insertion order: list(items.values()).")


def check_filter_and_limit():
    """?tag= filters and ?limit= caps the list"""
    client = app_client()
    create_item(client, name="chair", tags=["home", "wood"])
    create_item(client, name="laptop", tags=["work"])
    create_item(client, name="desk", tags=["work", "wood"])
    create_item(client, name="plant")
    names = lambda response: [item.get("name") for item in json_body(response)]
    expect_equal(names(send(client, "GET", "/items", params={"tag": "wood"})), ["chair", "desk"],
                 hint="A parameter of the route function that is not in the path is a query parameter: tag: Optional[str] = None.")
    expect_equal(names(send(client, "GET", "/items", params={"limit": 2})), ["chair", "laptop"],
                 hint="Slice the list to the first `limit` items.")
    expect_equal(names(send(client, "GET", "/items", params={"tag": "work", "limit": 1})), ["laptop"],
                 hint="Filter first, then cut to the limit.")


def check_limit_range():
    """a limit outside 1..100 is refused with 422"""
    client = app_client()
    for limit in (0, 101, "many"):
        response = send(client, "GET", "/items", params={"limit": limit})
        expect_equal(response.status_code, 422,
                     hint="Let FastAPI validate it: limit: int = Query(100, ge=1, le=100).")


def check_bad_bodies_refused():
    """an invalid item is refused with 422 and nothing is stored"""
    client = app_client()
    for body in ({"name": "", "price": 1}, {"name": "x", "price": 0}, {"price": 1}, {"name": "x", "price": "lots"}):
        response = send(client, "POST", "/items", json=body)
        expect_equal(response.status_code, 422,
                     hint="Take the body as a parameter typed ItemIn; FastAPI validates it and answers 422 for you.")
        expect("detail" in json_body(response), "A 422 answer should explain itself in \"detail\".",
               hint="FastAPI's own validation answer has a detail key; do not replace it with your own.")
    expect_equal(json_body(send(client, "GET", "/items")), [], hint="A refused item must not be stored.")
