"""The secured API: accounts, tokens, roles, headers, CORS and a rate limit per user."""
import sqlite3
import time
from collections import defaultdict, deque
from typing import Callable, Optional

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, Field

from .passwords import hash_password, verify_password
from .settings import Settings, load_settings
from .tokens import InvalidToken, create_token, decode_token
from .users import create_table, create_user, find_user, validate_username

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
}
WINDOW = 60.0


class Credentials(BaseModel):
    username: str = Field(..., min_length=3, max_length=32)
    password: str = Field(..., min_length=8, max_length=128)


def create_app(settings: Optional[Settings] = None, db_path: str = "users.db",
               clock: Callable[[], float] = time.monotonic) -> FastAPI:
    settings = settings or load_settings()
    app = FastAPI()

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(db_path)

    with connect() as conn:
        create_table(conn)

    # -- hardening ------------------------------------------------------------------------
    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    app.add_middleware(CORSMiddleware, allow_origins=list(settings.allowed_origins),
                       allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"])

    recent = defaultdict(deque)  # username -> times of their requests in the last minute

    # -- who is calling -------------------------------------------------------------------
    def current_user(authorization: Optional[str] = Header(None)) -> dict:
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise HTTPException(401, "not signed in", headers={"WWW-Authenticate": "Bearer"})
        try:
            claims = decode_token(token, settings.secret_keys)
        except InvalidToken:
            raise HTTPException(401, "invalid token", headers={"WWW-Authenticate": "Bearer"}) from None
        now = clock()
        times = recent[claims["sub"]]
        while times and times[0] <= now - WINDOW:
            times.popleft()
        if len(times) >= settings.rate_limit:
            wait = int(times[0] + WINDOW - now) + 1
            raise HTTPException(429, "too many requests", headers={"Retry-After": str(wait)})
        times.append(now)
        return {"username": claims["sub"], "role": claims["role"]}

    def admin(user: dict = Depends(current_user)) -> dict:
        if user["role"] != "admin":
            raise HTTPException(403, "admins only")
        return user

    # -- routes ---------------------------------------------------------------------------
    @app.post("/register", status_code=201)
    def register(body: Credentials):
        try:
            username = validate_username(body.username)
            with connect() as conn:
                return create_user(conn, username, hash_password(body.password))
        except ValueError as error:
            status = 409 if "taken" in str(error) else 422
            raise HTTPException(status, str(error)) from None

    @app.post("/login")
    def login(body: Credentials):
        with connect() as conn:
            user = find_user(conn, body.username.strip().lower())
        if user is None:
            raise HTTPException(401, "no such user")
        if not verify_password(body.password, user["password_hash"]):
            raise HTTPException(401, "wrong password")
        token = create_token(user["username"], user["role"], settings.secret_keys[0], ttl=settings.token_ttl)
        return {"access_token": token, "token_type": "bearer"}

    @app.get("/me")
    def me(user: dict = Depends(current_user)):
        return user

    @app.get("/admin/users")
    def list_users(user: dict = Depends(admin)):
        with connect() as conn:
            rows = conn.execute("SELECT username, role FROM users ORDER BY username").fetchall()
        return [{"username": name, "role": role} for name, role in rows]

    return app
