"""Checks for the `auth-app` milestone (week8/auth_app.py)."""
from fastapi.testclient import TestClient

from pymastery import call, expect, expect_equal, learner_module

USERS = {"ada": "lovelace", "bo": "s3cret"}


def _client():
    return TestClient(call(learner_module().create_app, dict(USERS)).value)


def _login(client, name, password):
    return client.post("/login", json={"username": name, "password": password})


def check_login_and_me():
    """a good login gives a token that /me accepts"""
    client = _client()
    answer = _login(client, "ada", "lovelace")
    expect_equal(answer.status_code, 200)
    token = answer.json().get("token")
    me = client.get("/me", headers={"Authorization": "Bearer %s" % token})
    expect_equal((me.status_code, me.json()), (200, {"username": "ada"}))
    other = _login(client, "bo", "s3cret").json()["token"]
    expect(other != token, "two logins gave the same token",
           hint="Make each token with secrets.token_urlsafe().")
    expect_equal(client.get("/me", headers={"Authorization": "Bearer " + other}).json(),
                 {"username": "bo"})


def check_refuses_strangers():
    """wrong passwords, unknown users and missing or made-up tokens give 401"""
    client = _client()
    expect_equal(_login(client, "ada", "wrong").status_code, 401)
    expect_equal(_login(client, "eve", "lovelace").status_code, 401)
    expect_equal(client.get("/me").status_code, 401,
                 hint="Read the Authorization header with Header(None) and answer 401 when it is missing.")
    for value in ("Bearer made-up", "ada", "Basic lovelace"):
        expect_equal(client.get("/me", headers={"Authorization": value}).status_code, 401,
                     hint="Only `Bearer <a token you handed out>` is accepted.")


def check_logout_forgets_the_token():
    """after /logout the token no longer works"""
    client = _client()
    token = _login(client, "bo", "s3cret").json()["token"]
    header = {"Authorization": "Bearer " + token}
    expect_equal(client.post("/logout", headers=header).status_code, 204)
    expect_equal(client.get("/me", headers=header).status_code, 401,
                 hint="Remove the token from your dict of tokens at logout.")
