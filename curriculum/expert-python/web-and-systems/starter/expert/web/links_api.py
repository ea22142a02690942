"""A bookmarks API with FastAPI: save links, list them by tag, read and delete one.

    POST   /links               needs the X-Token header; body LinkIn; answers 201 with the link
    GET    /links?tag=&limit=   the links, oldest first, those with the tag only, at most limit (1..100, default 20)
    GET    /links/{link_id}     one link, or 404
    DELETE /links/{link_id}     needs the X-Token header; answers 204, or 404

A link is {"id": 1, "url": ..., "title": ..., "tags": [...]}; ids start at 1 and are never
reused. A url must start with http:// or https:// (else 422). A missing or wrong X-Token
answers 401 and changes nothing.
"""
from typing import List

from fastapi import FastAPI
from pydantic import BaseModel, Field


class LinkIn(BaseModel):
    url: str
    title: str = Field(..., min_length=1, max_length=200)
    tags: List[str] = []


def create_app(token="change-me"):
    """A new app with its own, empty store of links; `token` is the X-Token value it accepts."""
    app = FastAPI(title="links")
    # TODO: the store, a dependency that checks the token, and the four routes
    return app
