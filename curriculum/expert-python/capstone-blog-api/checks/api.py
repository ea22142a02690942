"""Checks for the `api` milestone: create_app in expert/blog/api.py, run in-process with TestClient on SQLite in a temporary folder."""
from pymastery import call, expect, expect_equal, fail, learner_module, temp_folder


def _client(folder):
    from fastapi.testclient import TestClient

    api = learner_module()
    return TestClient(call(api.create_app, folder.path("blog.db")).value)


def _send(client, method, url, **options):
    return call(client.request, method, url, **options).value


def _json(response):
    try:
        return response.json()
    except ValueError:
        fail("%s %s answered %d with a body that is not JSON" % (response.request.method, response.request.url.path, response.status_code))


def _obj(response):
    body = _json(response)
    expect(isinstance(body, dict), "%s %s answered %d with %r, not a JSON object" % (
        response.request.method, response.request.url, response.status_code, body))
    return body


def _list(response):
    body = _json(response)
    expect(isinstance(body, list) and all(isinstance(item, dict) for item in body),
           "%s %s answered %d with %r, not a list of posts" % (response.request.method, response.request.url, response.status_code, body),
           hint="Add @app.get(\"/posts\") returning a list of posts as dicts.")
    return body


def _sign_up(client, username="ada", email="ada@example.org", password="analytical"):
    return _send(client, "POST", "/users", json={"username": username, "email": email, "password": password})


def _token(client, email="ada@example.org", password="analytical"):
    response = _send(client, "POST", "/sessions", json={"email": email, "password": password})
    expect_equal(response.status_code, 200, hint="POST /sessions answers 200 with a token for the right email and password.")
    token = _obj(response).get("token")
    expect(isinstance(token, str) and len(token) >= 16, "the token is %r" % (token,),
           hint="secrets.token_urlsafe() makes a token nobody can guess; remember which user it belongs to.")
    return {"Authorization": "Bearer " + token}


def check_sign_up():
    """POST /users answers 201 without the password, 409 when taken, 422 with the field when invalid"""
    with temp_folder() as folder:
        client = _client(folder)
        response = _sign_up(client, username=" Ada ")
        expect(response.status_code not in (404, 405), "POST /users answered %d: there is no such route yet" % response.status_code,
               hint="Inside create_app, add @app.post(\"/users\", status_code=201).")
        expect_equal((response.status_code, _json(response)), (201, {"id": 1, "username": "ada", "email": "ada@example.org"}),
                     hint="Build a NewUser from the body, store it with repo.add_user, and answer only id, username and email.")
        expect("analytical" not in response.text and "pbkdf2" not in response.text, "the answer holds the password or its hash")
        expect_equal(_sign_up(client, username="other", email="ADA@example.org").status_code, 409,
                     hint="Catch Conflict and raise HTTPException(409).")
        response = _sign_up(client, username="bob", email="bob@example.org", password="short")
        expect_equal(response.status_code, 422, hint="Register a handler with @app.exception_handler(ValidationError) that answers 422.")
        detail = _obj(response).get("detail")
        expect(isinstance(detail, dict) and detail.get("field") == "password" and detail.get("message"),
               "the 422 answer's detail is %r" % (detail,),
               hint="Answer {\"detail\": {\"field\": err.field, \"message\": err.message}}.")


def check_sessions():
    """POST /sessions gives a token for the right password and 401 otherwise"""
    with temp_folder() as folder:
        client = _client(folder)
        _sign_up(client)
        _token(client, email="Ada@Example.org")
        for email, password in (("ada@example.org", "wrong-password"), ("eve@example.org", "analytical")):
            response = _send(client, "POST", "/sessions", json={"email": email, "password": password})
            expect_equal(response.status_code, 401, message="POST /sessions for %s answered %d" % (email, response.status_code),
                         hint="repo.authenticate returns None for a wrong email or password: answer 401 then.")


def check_posts_need_a_token():
    """POST /posts needs a valid token, and the author is the token's user"""
    with temp_folder() as folder:
        client = _client(folder)
        _sign_up(client)
        _sign_up(client, "bob", "bob@example.org", "builder12")
        body = {"title": "Hello", "body": "First post.", "tags": ["Intro"]}
        for headers in ({}, {"Authorization": "Bearer forged"}, {"Authorization": "Basic abc"}):
            response = _send(client, "POST", "/posts", json=body, headers=headers)
            expect_equal(response.status_code, 401, message="POST /posts with headers %r answered %d" % (headers, response.status_code),
                         hint="A dependency reads the Authorization header, and raises HTTPException(401) unless it is "
                              "\"Bearer <token>\" with a token you handed out.")
        response = _send(client, "POST", "/posts", json=body, headers=_token(client, "bob@example.org", "builder12"))
        expect_equal((response.status_code, _json(response)),
                     (201, {"id": 1, "author_id": 2, "title": "Hello", "body": "First post.", "tags": ["intro"]}),
                     hint="The author is the user the token belongs to, never a field of the body.")
        response = _send(client, "POST", "/posts", json={"title": " ", "body": "x"}, headers=_token(client))
        expect_equal(response.status_code, 422, hint="NewPost refuses an empty title; the ValidationError handler answers 422.")


def check_read_posts():
    """GET /posts lists newest first with filters; GET /posts/{id} reads one or answers 404"""
    with temp_folder() as folder:
        client = _client(folder)
        _sign_up(client)
        _sign_up(client, "bob", "bob@example.org", "builder12")
        ada, bob = _token(client), _token(client, "bob@example.org", "builder12")
        for headers, title, tags in ((ada, "one", ["python"]), (bob, "two", ["python", "web"]), (ada, "three", [])):
            _send(client, "POST", "/posts", json={"title": title, "body": "...", "tags": tags}, headers=headers)
        titles = lambda response: [post.get("title") for post in _list(response)]
        expect_equal(titles(_send(client, "GET", "/posts")), ["three", "two", "one"])
        expect_equal(titles(_send(client, "GET", "/posts", params={"tag": "python"})), ["two", "one"])
        expect_equal(titles(_send(client, "GET", "/posts", params={"author_id": 1})), ["three", "one"])
        response = _send(client, "GET", "/posts/2")
        expect_equal((response.status_code, _obj(response).get("tags")), (200, ["python", "web"]))
        expect_equal(_send(client, "GET", "/posts/9").status_code, 404, hint="repo.get_post gives None: raise HTTPException(404).")


def check_data_survives_a_restart():
    """a new app on the same database file still knows the users and posts"""
    with temp_folder() as folder:
        client = _client(folder)
        _sign_up(client)
        _send(client, "POST", "/posts", json={"title": "kept", "body": "..."}, headers=_token(client))
        client = _client(folder)
        expect_equal([p.get("title") for p in _list(_send(client, "GET", "/posts"))], ["kept"],
                     hint="Keep everything in the repository on db_path, not in dicts of the app.")
        _token(client)
