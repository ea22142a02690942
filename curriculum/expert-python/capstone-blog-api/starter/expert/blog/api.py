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
from typing import List, Optional

from fastapi import FastAPI
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
    # TODO: a handler turning ValidationError into 422, the sessions, and the routes
    return app
