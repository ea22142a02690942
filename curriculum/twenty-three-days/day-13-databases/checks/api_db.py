"""Checks for the `api-db` milestone: the API stores its items in the database."""
from pymastery import call, expect, expect_equal
from pymastery.track.database import TempDatabase
from pymastery.track.packages import import_from

ROOT = "week2/day13"


def _client(url):
    from fastapi.testclient import TestClient

    app = call(import_from(ROOT, "api.main").create_app, url).value
    return TestClient(app)


def _send(client, method, url, **options):
    return call(client.request, method, url, **options).value


def _create(client, **body):
    response = _send(client, "POST", "/items", json=body)
    expect(response.status_code not in (404, 405), "POST /items answered %d: there is no such route yet." % response.status_code,
           hint="Add the routes inside create_app, as on day 12.")
    expect_equal(response.status_code, 201, hint="A successful POST answers 201.")
    return response.json()


def check_create_and_read():
    """POST stores an item and GET reads it back, with tags and category"""
    with TempDatabase() as database:
        client = _client(database.url)
        item = _create(client, name="lamp", price=12.5, tags=["sale", "home", "sale"], category="lighting")
        expect_equal(item, {"id": 1, "name": "lamp", "price": 12.5, "tags": ["home", "sale"], "category": "lighting"},
                     hint="Turn the Item into ItemOut: tag names sorted, and the category's name (or None).")
        response = _send(client, "GET", "/items/1")
        expect_equal((response.status_code, response.json()), (200, item), hint="GET /items/{id} reads it with crud.get_item.")
        plain = _create(client, name="rug", price=3)
        expect_equal((plain["tags"], plain["category"]), ([], None), hint="Tags and category are optional.")


def check_data_outlives_the_app():
    """a second app on the same database sees the same items"""
    with TempDatabase() as database:
        first = _client(database.url)
        _create(first, name="kettle", price=20, tags=["kitchen"])
        second = _client(database.url)
        response = _send(second, "GET", "/items")
        expect_equal([item.get("name") for item in response.json()], ["kettle"],
                     hint="Store items with crud and a session, not in a dict: the data must live in the database file.")
        expect_equal(_create(second, name="toaster", price=30)["id"], 2, hint="The database hands out the ids.")


def check_separate_databases():
    """two database URLs are two separate stores"""
    with TempDatabase() as one, TempDatabase() as two:
        _create(_client(one.url), name="only here", price=1)
        expect_equal(_send(_client(two.url), "GET", "/items").json(), [],
                     hint="Build the engine from create_app's database_url argument, inside create_app.")


def check_list_filters():
    """GET /items filters by tag and category, with a limit"""
    with TempDatabase() as database:
        client = _client(database.url)
        _create(client, name="kettle", price=20, tags=["sale"], category="kitchen")
        _create(client, name="lamp", price=12, tags=["sale", "new"], category="home")
        _create(client, name="pan", price=25, tags=["new"], category="kitchen")
        names = lambda **params: [item.get("name") for item in _send(client, "GET", "/items", params=params).json()]
        expect_equal(names(tag="sale"), ["kettle", "lamp"], hint="Pass tag through to crud.list_items.")
        expect_equal(names(category="kitchen"), ["kettle", "pan"], hint="Add a category query parameter.")
        expect_equal(names(tag="new", category="kitchen", limit=5), ["pan"], hint="Both filters at once.")
        expect_equal(names(limit=1), ["kettle"], hint="limit caps the list.")
        expect_equal(_send(client, "GET", "/items", params={"limit": 0}).status_code, 422, hint="limit stays between 1 and 100.")


def check_delete_and_missing():
    """DELETE answers 204, unknown ids answer 404"""
    with TempDatabase() as database:
        client = _client(database.url)
        _create(client, name="vase", price=8, tags=["glass"])
        expect_equal(_send(client, "DELETE", "/items/1").status_code, 204, hint="crud.delete_item, then answer 204.")
        expect_equal(_send(client, "GET", "/items/1").status_code, 404, hint="Once deleted, the item is gone.")
        expect_equal(_send(client, "DELETE", "/items/1").status_code, 404, hint="Deleting an unknown id is a 404.")
        expect_equal(_send(_client(database.url), "GET", "/items").json(), [],
                     hint="The delete must be committed: let the session dependency commit at the end of the request.")


def check_invalid_items_not_stored():
    """an invalid item answers 422 and nothing reaches the database"""
    with TempDatabase() as database:
        client = _client(database.url)
        for body in ({"name": "", "price": 1}, {"name": "x", "price": -1}, {"name": "x", "price": 1, "category": ""}):
            expect_equal(_send(client, "POST", "/items", json=body).status_code, 422, hint="Validate with the ItemIn schema.")
        expect_equal(_send(client, "GET", "/items").json(), [], hint="Nothing invalid is stored.")
