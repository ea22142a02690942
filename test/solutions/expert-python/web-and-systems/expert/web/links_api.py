"""A bookmarks API with FastAPI: save links, list them by tag, read and delete one.

    POST   /links               needs the X-Token header; body LinkIn; answers 201 with the link
    GET    /links?tag=&limit=   the links, oldest first, those with the tag only, at most limit (1..100, default 20)
    GET    /links/{link_id}     one link, or 404
    DELETE /links/{link_id}     needs the X-Token header; answers 204, or 404

A link is {"id": 1, "url": ..., "title": ..., "tags": [...]}; ids start at 1 and are never
reused. A url must start with http:// or https:// (else 422). A missing or wrong X-Token
answers 401 and changes nothing.
"""
import itertools
from typing import List, Optional

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Response
from pydantic import BaseModel, Field


class LinkIn(BaseModel):
    url: str
    title: str = Field(..., min_length=1, max_length=200)
    tags: List[str] = []


def create_app(token="change-me"):
    """A new app with its own, empty store of links; `token` is the X-Token value it accepts."""
    app = FastAPI(title="links")
    links = {}
    ids = itertools.count(1)

    def require_token(x_token: Optional[str] = Header(None)):
        if x_token != token:
            raise HTTPException(status_code=401, detail="a valid X-Token header is required")

    def find(link_id):
        if link_id not in links:
            raise HTTPException(status_code=404, detail="no link %d" % link_id)
        return links[link_id]

    @app.post("/links", status_code=201, dependencies=[Depends(require_token)])
    def add_link(link: LinkIn):
        if not link.url.startswith(("http://", "https://")):
            raise HTTPException(status_code=422, detail="url must start with http:// or https://")
        new_id = next(ids)
        links[new_id] = {"id": new_id, "url": link.url, "title": link.title, "tags": list(link.tags)}
        return links[new_id]

    @app.get("/links")
    def list_links(tag: Optional[str] = None, limit: int = Query(20, ge=1, le=100)):
        found = [link for link in links.values() if tag is None or tag in link["tags"]]
        return found[:limit]

    @app.get("/links/{link_id}")
    def get_link(link_id: int):
        return find(link_id)

    @app.delete("/links/{link_id}", status_code=204, dependencies=[Depends(require_token)])
    def delete_link(link_id: int):
        find(link_id)
        del links[link_id]
        return Response(status_code=204)

    return app
