"""The /items routes, written against two dependencies so that any store and any way of
knowing the user can be plugged in (the tests plug in fakes, main.py the real ones)."""
from fastapi import APIRouter, Depends, HTTPException

from api.schemas import ItemIn


def items_router(get_store, current_user):
    """An APIRouter with the five item routes.

    `get_store` and `current_user` are FastAPI dependencies (use them with Depends):
    `get_store()` gives an object with the methods of api.store.Store that deal with items,
    and `current_user()` gives the id (an int) of the user making the request. Every route
    works on that user's items only; an item id the store doesn't find for them is a 404.

        POST   /items         body ItemIn  -> 201, the new item {"id", "name", "price"}
        GET    /items                      -> 200, a list of the user's items
        GET    /items/{id}                 -> 200, the item, or 404
        PUT    /items/{id}    body ItemIn  -> 200, the replaced item, or 404
        DELETE /items/{id}                 -> 204 with no body, or 404
    """
    router = APIRouter()
    # Milestone "Basic CRUD": one function per route, decorated with @router.post(...) etc.
    return router
