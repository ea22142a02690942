"""The secured API: accounts, tokens, roles, headers, CORS and a rate limit per user.

POST /register  {"username", "password"}  201 {"username", "role": "user"}; 422 bad input; 409 taken
POST /login     {"username", "password"}  200 {"access_token", "token_type": "bearer"}; 401
GET  /me        Authorization: Bearer <token>  200 {"username", "role"}; 401 without a valid token
GET  /admin/users                          200 [{"username", "role"}, ...] for admins; 403 for others
Every response carries the security headers; CORS allows settings.allowed_origins only; each
user may make settings.rate_limit authenticated requests a minute, then gets 429 and Retry-After.
"""
import sqlite3
import time
from typing import Callable, Optional

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, Field

from .passwords import hash_password, verify_password
from .settings import Settings, load_settings
from .tokens import InvalidToken, create_token, decode_token
from .users import create_table, create_user, find_user, validate_username


class Credentials(BaseModel):
    username: str = Field(..., min_length=3, max_length=32)
    password: str = Field(..., min_length=8, max_length=128)


def create_app(settings: Optional[Settings] = None, db_path: str = "users.db",
               clock: Callable[[], float] = time.monotonic) -> FastAPI:
    """The app; settings from the environment when none are given, users in the SQLite file
    db_path, and `clock` (seconds) for the rate limit."""
    settings = settings or load_settings()
    app = FastAPI()

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(db_path)

    with connect() as conn:
        create_table(conn)

    # TODO (secure-api): POST /register, POST /login, GET /me, GET /admin/users.
    # TODO (hardening): security headers, CORS, and the rate limit per user.

    return app
