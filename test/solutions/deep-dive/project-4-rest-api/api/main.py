"""The application: accounts, log-in, and the items routes behind a bearer token."""
import os
import time

from fastapi import Depends, FastAPI, Header, HTTPException

from api import security
from api.routes import items_router
from api.schemas import Credentials
from api.store import Store


def create_app(db_path, secret, clock=time.time):
    """A FastAPI app keeping its data in the SQLite file `db_path`."""
    app = FastAPI(title="Items API")
    store = Store(db_path)

    def get_store():
        return store

    def current_user(authorization: str = Header(default="")):
        scheme, _, token = authorization.partition(" ")
        try:
            if scheme.lower() != "bearer":
                raise security.InvalidToken("no bearer token")
            return security.read_token(token.strip(), secret, clock())
        except security.InvalidToken:
            raise HTTPException(status_code=401, detail="not authenticated",
                                headers={"WWW-Authenticate": "Bearer"}) from None

    @app.post("/auth/register", status_code=201)
    def register(credentials: Credentials):
        user_id = store.add_user(credentials.email, security.hash_password(credentials.password))
        if user_id is None:
            raise HTTPException(status_code=409, detail="that e-mail is already registered")
        return {"id": user_id, "email": credentials.email}

    @app.post("/auth/login")
    def login(credentials: Credentials):
        user = store.user_by_email(credentials.email)
        if user is None or not security.verify_password(credentials.password, user["password_hash"]):
            raise HTTPException(status_code=401, detail="wrong e-mail or password")
        token = security.make_token(user["id"], secret, clock())
        return {"access_token": token, "token_type": "bearer"}

    app.include_router(items_router(get_store, current_user))
    return app


def default_app():
    """The app `uvicorn --factory api.main:default_app` serves, set up from the environment."""
    return create_app(os.environ.get("ITEMS_DB", "items.db"),
                      os.environ.get("ITEMS_SECRET", "change me").encode())
