"""Milestone: register, log in, and reach /items only with a valid token (api/main.py)."""
from pymastery import call, expect, expect_equal, temp_folder
from pymastery.track.rest_api import expect_status, json_of, send
from pymastery.track.web_project import fresh_import

SECRET = b"check-secret"
ADA = {"email": "ada@example.com", "password": "analytical engine"}
BOB = {"email": "bob@example.com", "password": "difference engine"}


class _Clock:
    def __init__(self):
        self.now = 1_700_000_000.0

    def __call__(self):
        return self.now


def _client(folder, clock=None):
    from fastapi.testclient import TestClient

    main = fresh_import("api.main")
    app = call(main.create_app, folder.path("api.db"), SECRET, clock or _Clock()).value
    return TestClient(app)


def _log_in(client, who):
    send(client, "POST", "/auth/register", json=who)
    response = send(client, "POST", "/auth/login", json=who)
    expect_status(response, 200, hint="POST /auth/login checks the password with "
                                      "verify_password and answers with a token.")
    body = json_of(response)
    expect_equal(body.get("token_type"), "bearer")
    return {"Authorization": "Bearer " + str(body.get("access_token"))}


def check_register():
    """POST /auth/register answers 201 with the id and e-mail, and 409 for a taken e-mail"""
    with temp_folder() as folder:
        client = _client(folder)
        response = send(client, "POST", "/auth/register", json=ADA)
        expect_status(response, 201, hint="Add @app.post(\"/auth/register\", status_code=201) "
                                          "taking Credentials.")
        body = json_of(response)
        expect_equal(sorted(body), ["email", "id"],
                     hint="Answer with the id and e-mail only: never send a password (or its "
                          "hash) back.")
        expect_equal(body["email"], ADA["email"])
        expect_status(send(client, "POST", "/auth/register", json=ADA), 409,
                      hint="store.add_user returns None for a taken e-mail: raise "
                           "HTTPException(status_code=409).")
        expect_status(send(client, "POST", "/auth/register",
                           json={"email": "nope", "password": "x"}), 422)


def check_password_is_not_stored():
    """The database file never holds the password itself"""
    with temp_folder() as folder:
        client = _client(folder)
        send(client, "POST", "/auth/register", json=ADA)
        client.close()
        data = folder.read_bytes("api.db")
        expect(ADA["password"].encode() not in data,
               "the database file contains the password %r" % ADA["password"],
               hint="Store security.hash_password(credentials.password), not the password.")


def check_login():
    """POST /auth/login gives a bearer token for the right password, 401 otherwise"""
    with temp_folder() as folder:
        client = _client(folder)
        _log_in(client, ADA)
        wrong = dict(ADA, password="not the password")
        expect_status(send(client, "POST", "/auth/login", json=wrong), 401,
                      hint="When verify_password says no, raise HTTPException(status_code=401).")
        nobody = {"email": "eve@example.com", "password": "whatever123"}
        expect_status(send(client, "POST", "/auth/login", json=nobody), 401,
                      hint="An unknown e-mail is a 401 too (and the same answer as a wrong "
                           "password, so nobody can probe who has an account).")


def check_items_need_a_token():
    """/items answers 401 without a token, and works with one"""
    with temp_folder() as folder:
        client = _client(folder)
        expect_status(send(client, "GET", "/items"), 401,
                      hint="Write a current_user dependency that reads the Authorization header "
                           "and raises HTTPException(401) when there is no valid token.")
        headers = _log_in(client, ADA)
        created = send(client, "POST", "/items", json={"name": "lamp", "price": 12.5},
                       headers=headers)
        expect_status(created, 201, hint="Include items_router(get_store, current_user) in the app.")
        listed = send(client, "GET", "/items", headers=headers)
        expect_equal([item["name"] for item in json_of(listed)], ["lamp"])


def check_bad_tokens_are_refused():
    """Forged, garbled and expired tokens get 401"""
    with temp_folder() as folder:
        clock = _Clock()
        client = _client(folder, clock)
        headers = _log_in(client, ADA)
        security = fresh_import("api.security")
        forged = security.make_token(1, b"a guessed secret", clock.now)
        for value in ("Bearer " + forged, "Bearer nonsense", "Basic abc", "Bearer",
                      headers["Authorization"].replace("Bearer ", "Token ")):
            expect_status(send(client, "GET", "/items", headers={"Authorization": value}), 401,
                          hint="Only 'Bearer <token>' with a token read_token accepts gets in; "
                               "turn InvalidToken into HTTPException(status_code=401).")
        expect_status(send(client, "GET", "/items", headers=headers), 200)
        clock.now += security.TOKEN_TTL + 1
        expect_status(send(client, "GET", "/items", headers=headers), 401,
                      hint="Pass clock() as `now` to read_token, so that time is the app's "
                           "clock, not time.time() read somewhere else.")


def check_users_see_only_their_items():
    """Each user sees only their own items"""
    with temp_folder() as folder:
        client = _client(folder)
        ada, bob = _log_in(client, ADA), _log_in(client, BOB)
        item = json_of(send(client, "POST", "/items", json={"name": "lamp", "price": 12.5},
                            headers=ada))
        expect_equal(json_of(send(client, "GET", "/items", headers=bob)), [],
                     hint="current_user returns the id in the token; the routes pass it to the store.")
        expect_status(send(client, "GET", "/items/%s" % item["id"], headers=bob), 404)
        expect_status(send(client, "GET", "/items/%s" % item["id"], headers=ada), 200)
