"""Checks for the `get-delete` milestone: GET and DELETE /items/{item_id}."""
from pymastery import expect, expect_equal
from pymastery.track.items_api import app_client, create_item, json_body, send

def check_read_one():
    """GET /items/{id} answers with that item"""
    client = app_client()
    create_item(client, name="first")
    second = create_item(client, name="second", price=3, tags=["x"])
    response = send(client, "GET", "/items/%d" % second["id"])
    expect_equal(response.status_code, 200, hint="Add @app.get(\"/items/{item_id}\") with a parameter item_id: int.")
    expect_equal(json_body(response), second, hint="Look the item up by its id and return it.")


def check_read_missing():
    """an unknown id answers 404 with a detail"""
    client = app_client()
    create_item(client)
    response = send(client, "GET", "/items/999")
    expect_equal(response.status_code, 404, hint="raise HTTPException(status_code=404, detail=...) when the id is unknown.")
    expect("detail" in json_body(response), "The 404 answer should carry a \"detail\" message.",
           hint="HTTPException's detail becomes {\"detail\": ...} in the answer.")


def check_id_must_be_a_number():
    """a path id that is not a number answers 422"""
    client = app_client()
    expect_equal(send(client, "GET", "/items/abc").status_code, 422,
                 hint="Annotate the path parameter as int and FastAPI rejects anything else.")


def check_delete():
    """DELETE answers 204 with no body, and the item is gone"""
    client = app_client()
    keep = create_item(client, name="keep")
    drop = create_item(client, name="drop")
    response = send(client, "DELETE", "/items/%d" % drop["id"])
    expect_equal(response.status_code, 204, hint="status_code=204 on the route; 204 means success with nothing to say.")
    expect_equal(response.content, b"", hint="A 204 answer has no body: return Response(status_code=204) or None.")
    expect_equal(send(client, "GET", "/items/%d" % drop["id"]).status_code, 404, hint="Remove the item from the store.")
    expect_equal(json_body(send(client, "GET", "/items")), [keep], hint="Only the deleted item disappears.")


def check_delete_missing():
    """deleting an unknown id, or the same id twice, answers 404"""
    client = app_client()
    item = create_item(client)
    send(client, "DELETE", "/items/%d" % item["id"])
    expect_equal(send(client, "DELETE", "/items/%d" % item["id"]).status_code, 404,
                 hint="Check that the id exists before deleting, and raise HTTPException(404) if not.")
    expect_equal(send(client, "DELETE", "/items/12345").status_code, 404, hint="Unknown ids are a 404 too.")


def check_ids_never_reused():
    """an id is not handed out again after a delete"""
    client = app_client()
    create_item(client, name="a")
    second = create_item(client, name="b")
    send(client, "DELETE", "/items/%d" % second["id"])
    expect_equal(create_item(client, name="c")["id"], 3,
                 hint="Use a counter that only goes up; len(items) + 1 hands out an id again after a delete.")
