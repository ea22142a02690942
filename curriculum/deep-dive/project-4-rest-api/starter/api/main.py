"""The application: accounts, log-in, and the items routes behind a bearer token."""
import os
import time

from fastapi import Depends, FastAPI, Header, HTTPException

from api import security
from api.routes import items_router
from api.schemas import Credentials
from api.store import Store


def create_app(db_path, secret, clock=time.time):
    """A FastAPI app keeping its data in the SQLite file `db_path` and signing tokens with
    `secret` (bytes). `clock()` gives the current time in seconds.

        POST /auth/register  body Credentials -> 201 {"id", "email"}; 409 if the e-mail is taken
        POST /auth/login     body Credentials -> 200 {"access_token", "token_type": "bearer"};
                                                 401 for a wrong e-mail or password
        /items...            the routes of items_router, for the user whose token is sent as
                             "Authorization: Bearer <token>"; 401 without a valid token

    The password is stored only as security.hash_password() makes it.
    """
    app = FastAPI(title="Items API")
    # Milestone "Protected routes": the two /auth routes, a current_user dependency, and
    # app.include_router(items_router(...)).
    return app


def default_app():
    """The app `uvicorn --factory api.main:default_app` serves, set up from the environment."""
    return create_app(os.environ.get("ITEMS_DB", "items.db"),
                      os.environ.get("ITEMS_SECRET", "change me").encode())
