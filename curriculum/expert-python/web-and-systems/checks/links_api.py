"""Checks for the `links-api` milestone: create_app in expert/web/links_api.py, run in-process with TestClient."""
from pymastery import call, expect, expect_equal, fail, learner_module

TOKEN = "s3cret"


def _client():
    from fastapi.testclient import TestClient

    api = learner_module()
    return TestClient(call(api.create_app, TOKEN).value)


def _send(client, method, url, **options):
    return call(client.request, method, url, **options).value


def _json(response):
    try:
        return response.json()
    except ValueError:
        fail("%s %s answered %d with a body that is not JSON: %r" % (
            response.request.method, response.request.url.path, response.status_code, response.text[:200]),
            hint="Return a dict, a list or a model, and FastAPI sends JSON.")


def _obj(response):
    body = _json(response)
    expect(isinstance(body, dict), "%s %s answered %d with %r, not a JSON object" % (
        response.request.method, response.request.url, response.status_code, body))
    return body


def _list(response):
    body = _json(response)
    expect(isinstance(body, list) and all(isinstance(item, dict) for item in body),
           "%s %s answered %d with %r, not a list of links" % (response.request.method, response.request.url, response.status_code, body),
           hint="Add @app.get(\"/links\") returning a list of the stored links.")
    return body


def _add(client, url="https://docs.python.org", title="Python docs", tags=None, token=TOKEN):
    body = {"url": url, "title": title}
    if tags is not None:
        body["tags"] = tags
    headers = {"X-Token": token} if token is not None else {}
    return _send(client, "POST", "/links", json=body, headers=headers)


def check_create():
    """POST /links with the token answers 201 with the link and its id"""
    client = _client()
    response = _add(client, tags=["python"])
    expect(response.status_code not in (404, 405), "POST /links answered %d: there is no such route yet" % response.status_code,
           hint="Inside create_app, decorate a function with @app.post(\"/links\", status_code=201).")
    expect_equal(response.status_code, 201, hint="status_code=201 in the decorator: something was created.")
    expect_equal(_json(response), {"id": 1, "url": "https://docs.python.org", "title": "Python docs", "tags": ["python"]})
    expect_equal(_obj(_add(client, url="http://example.org", title="Example"))["id"], 2, hint="ids count up from 1.")


def check_token_required():
    """without the right X-Token, POST and DELETE answer 401 and change nothing"""
    client = _client()
    for token in (None, "wrong"):
        response = _add(client, token=token)
        expect_equal(response.status_code, 401,
                     message="POST /links with X-Token %r answered %d" % (token, response.status_code),
                     hint="Write a dependency that reads x_token: Optional[str] = Header(None) and raises HTTPException(401) "
                          "unless it equals the token; add it to the route with Depends.")
    expect_equal(_json(_send(client, "GET", "/links")), [], hint="A refused request must not store anything.")
    _add(client)
    response = _send(client, "DELETE", "/links/1", headers={"X-Token": "wrong"})
    expect_equal(response.status_code, 401, hint="DELETE needs the same dependency as POST.")
    expect_equal(_send(client, "GET", "/links/1").status_code, 200, hint="A refused DELETE must leave the link in place.")


def check_validation():
    """a bad body or a url that is not http(s) answers 422"""
    client = _client()
    for url, title in (("ftp://files.example.org", "ftp"), ("docs.python.org", "no scheme"), ("https://ok.org", "")):
        response = _add(client, url=url, title=title)
        expect_equal(response.status_code, 422, message="POST /links with url=%r, title=%r answered %d" % (url, title, response.status_code),
                     hint="LinkIn already refuses an empty title. For the url, check startswith((\"http://\", \"https://\")) "
                          "in the route and raise HTTPException(422, ...).")
    expect_equal(_json(_send(client, "GET", "/links")), [], hint="Nothing invalid may be stored.")


def check_list_filter_limit():
    """GET /links lists oldest first, filters by ?tag= and stops at ?limit="""
    client = _client()
    for n, tags in enumerate((["py"], ["web"], ["py", "web"], ["py"])):
        _add(client, url="https://site%d.org" % n, title="site %d" % n, tags=tags)
    titles = lambda response: [link.get("title") for link in _list(response)]
    expect_equal(titles(_send(client, "GET", "/links")), ["site 0", "site 1", "site 2", "site 3"])
    expect_equal(titles(_send(client, "GET", "/links", params={"tag": "web"})), ["site 1", "site 2"],
                 hint="tag: Optional[str] = None as a parameter of the route function becomes ?tag=.")
    expect_equal(titles(_send(client, "GET", "/links", params={"tag": "py", "limit": 2})), ["site 0", "site 2"],
                 hint="Filter first, then cut the list to limit.")
    for limit in (0, 101):
        expect_equal(_send(client, "GET", "/links", params={"limit": limit}).status_code, 422,
                     hint="limit: int = Query(20, ge=1, le=100) lets FastAPI refuse the rest.")


def check_read_and_delete():
    """GET and DELETE /links/{id}: 200, 204, then 404, and ids are never reused"""
    client = _client()
    _add(client, title="first")
    _add(client, title="second")
    response = _send(client, "GET", "/links/2")
    expect_equal((response.status_code, _obj(response).get("title")), (200, "second"))
    expect_equal(_send(client, "GET", "/links/9").status_code, 404, hint="raise HTTPException(404, ...) for an unknown id.")
    expect_equal(_send(client, "GET", "/links/abc").status_code, 422, hint="Type the path parameter link_id: int.")
    response = _send(client, "DELETE", "/links/2", headers={"X-Token": TOKEN})
    expect_equal(response.status_code, 204, hint="status_code=204 on the DELETE route, and return Response(status_code=204).")
    expect_equal(_send(client, "GET", "/links/2").status_code, 404, hint="A deleted link is gone.")
    expect_equal(_send(client, "DELETE", "/links/2", headers={"X-Token": TOKEN}).status_code, 404)
    expect_equal(_obj(_add(client, title="third")).get("id"), 3,
                 hint="Don't compute the next id from the number of links: after a delete it would hand out an id again.")


def check_apps_are_separate():
    """every create_app() starts with an empty store"""
    first = _client()
    _add(first)
    second = _client()
    expect_equal(_json(_send(second, "GET", "/links")), [],
                 hint="Create the store inside create_app, not at module level.")
