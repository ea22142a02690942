"""Capstone 9, part 3: the shop as a FastAPI application with signed tokens."""
import base64
import hashlib
import hmac
import logging

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

from catalog import add_to_cart, cart, list_products
from checkout import OutOfStock, checkout
from models import make_sessionmaker

log = logging.getLogger("shop")


def _signature(username, secret):
    digest = hmac.new(secret.encode(), username.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def make_token(username, secret):
    return f"{username}.{_signature(username, secret)}"


def read_token(token, secret):
    username, _, signature = (token or "").rpartition(".")
    if username and hmac.compare_digest(signature, _signature(username, secret)):
        return username
    return None


class Login(BaseModel):
    username: str
    password: str


class CartLine(BaseModel):
    product_id: int
    quantity: int = 1


def _money(value):
    if isinstance(value, dict):
        return {key: _money(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_money(item) for item in value]
    return float(value) if hasattr(value, "quantize") else value


def create_app(db_path, users, secret="change-me"):
    Session = make_sessionmaker(db_path)
    app = FastAPI(title="Shop")

    def current_user(authorization: str = Header(default="")):
        scheme, _, token = authorization.partition(" ")
        user = read_token(token, secret) if scheme.lower() == "bearer" else None
        if user is None:
            raise HTTPException(401, "log in first")
        return user

    @app.post("/login")
    def login(body: Login):
        if users.get(body.username) != body.password:
            log.warning("failed login for %s", body.username)
            raise HTTPException(401, "wrong username or password")
        return {"token": make_token(body.username, secret)}

    @app.get("/products")
    def products():
        with Session() as session:
            return _money(list_products(session))

    @app.get("/cart")
    def show_cart(user: str = Depends(current_user)):
        with Session() as session:
            return _money(cart(session, user))

    @app.post("/cart", status_code=201)
    def put_in_cart(line: CartLine, user: str = Depends(current_user)):
        with Session() as session:
            try:
                return _money(add_to_cart(session, user, line.product_id, line.quantity))
            except KeyError:
                raise HTTPException(404, f"no product {line.product_id}")
            except ValueError as exc:
                raise HTTPException(400, str(exc))

    @app.post("/checkout", status_code=201)
    def buy(user: str = Depends(current_user)):
        with Session() as session:
            try:
                return _money(checkout(session, user))
            except OutOfStock as exc:
                raise HTTPException(409, str(exc))
            except ValueError as exc:
                raise HTTPException(400, str(exc))

    return app
