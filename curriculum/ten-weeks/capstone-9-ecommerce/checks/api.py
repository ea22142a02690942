"""Checks for the `shop-api` milestone (capstone9/api.py)."""
import sqlite3
from contextlib import contextmanager

from pymastery import call, expect, expect_equal, learner_module, temp_folder

USERS = {"ann": "apple-pie", "bob": "blue-moon"}
SECRET = "check-secret"


@contextmanager
def _client():
    from fastapi.testclient import TestClient

    api = learner_module()
    with temp_folder() as folder:
        path = folder.path("shop.db")
        app = call(api.create_app, path, USERS, SECRET).value
        with sqlite3.connect(path) as db:
            db.executemany("INSERT INTO products (id, name, price_cents, stock) VALUES (?, ?, ?, ?)",
                           [(1, "apple", 10, 5), (2, "lamp", 2500, 1)])
        with TestClient(app) as client:
            yield client


def _send(client, method, url, token=None, **options):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return call(client.request, method, url, headers=headers, **options).value


def _login(client, user):
    response = _send(client, "POST", "/login", json={"username": user, "password": USERS[user]})
    expect_equal(response.status_code, 200, hint="POST /login answers 200 with the right password.")
    return response.json()["token"]


def check_tokens():
    """tokens carry the user and cannot be forged without the secret"""
    api = learner_module()
    token = call(api.make_token, "ann", "s3cret").value
    expect_equal(call(api.read_token, token, "s3cret").value, "ann")
    expect(call(api.make_token, "bob", "s3cret").value != token, "ann and bob got the same token")
    forged = "bob" + token[len("ann"):]
    for bad, why in [(forged, "ann's signature with bob's name"), (token, "another secret"),
                     ("ann", "no signature"), ("", "an empty token")]:
        secret = "other" if why == "another secret" else "s3cret"
        expect_equal(call(api.read_token, bad, secret).value, None,
                     hint=f"read_token must refuse {why}: compute the signature the token should "
                          "have and compare it with hmac.compare_digest.")


def check_login():
    """POST /login gives a token for the right password and 401 otherwise"""
    with _client() as client:
        _login(client, "ann")
        wrong = _send(client, "POST", "/login", json={"username": "ann", "password": "pie"})
        expect_equal(wrong.status_code, 401, hint="Wrong password: raise HTTPException(401, ...).")
        nobody = _send(client, "POST", "/login", json={"username": "eve", "password": "x"})
        expect_equal(nobody.status_code, 401)


def check_cart_needs_a_token():
    """the cart and checkout answer 401 without a valid token"""
    with _client() as client:
        expect_equal(_send(client, "GET", "/products").status_code, 200,
                     hint="The product list is public.")
        for method, url in [("GET", "/cart"), ("POST", "/checkout")]:
            expect_equal(_send(client, method, url).status_code, 401,
                         hint="Read the Authorization header in a dependency and raise 401 "
                              "when there is no valid Bearer token.")
        forged = _send(client, "GET", "/cart", token="ann.not-a-signature")
        expect_equal(forged.status_code, 401, hint="A token with a wrong signature is refused.")


def check_shopping_and_checkout():
    """products, cart and checkout work over HTTP with money as strings"""
    with _client() as client:
        answer = _send(client, "GET", "/products")
        expect_equal(answer.status_code, 200, hint="GET /products lists every product, without a token.")
        products = answer.json()
        expect(isinstance(products, list) and all(isinstance(p, dict) for p in products),
               "GET /products should answer a JSON list of products, not %r" % (products,))
        expect_equal([(p.get("name"), p.get("price"), p.get("stock")) for p in products],
                     [("apple", "0.10", 5), ("lamp", "25.00", 1)],
                     hint="Decimal is not JSON: send prices as str(decimal), e.g. \"0.10\".")
        ann, bob = _login(client, "ann"), _login(client, "bob")
        added = _send(client, "POST", "/cart", ann, json={"product_id": 1, "quantity": 3})
        expect_equal(added.status_code, 201)
        expect_equal(added.json()["total"], "0.30")
        expect_equal(_send(client, "POST", "/cart", ann, json={"product_id": 9}).status_code,
                     404, hint="An unknown product: catch KeyError and answer 404.")
        expect_equal(_send(client, "POST", "/cart", ann,
                           json={"product_id": 1, "quantity": 9}).status_code,
                     400, hint="More than the stock: catch ValueError and answer 400.")
        _send(client, "POST", "/cart", ann, json={"product_id": 2})
        _send(client, "POST", "/cart", bob, json={"product_id": 2})
        bought = _send(client, "POST", "/checkout", ann)
        expect_equal((bought.status_code, bought.json().get("total")), (201, "25.30"))
        expect_equal(_send(client, "GET", "/cart", ann).json(), {"items": [], "total": "0.00"})
        expect_equal(_send(client, "POST", "/checkout", bob).status_code, 409,
                     hint="bob's lamp was sold to ann: OutOfStock becomes 409 Conflict.")
        expect_equal(_send(client, "POST", "/checkout", ann).status_code, 400,
                     hint="An empty cart: ValueError becomes 400.")
