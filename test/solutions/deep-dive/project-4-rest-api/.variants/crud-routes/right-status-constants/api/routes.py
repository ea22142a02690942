"""The /items routes, with fastapi.status names and one helper for "not found"."""
from fastapi import APIRouter, Depends, HTTPException, Response, status

from api.schemas import ItemIn

NOT_FOUND = HTTPException(status.HTTP_404_NOT_FOUND, "no such item")


def items_router(get_store, current_user):
    router = APIRouter(prefix="/items")

    def context(store=Depends(get_store), user=Depends(current_user)):
        return store, user

    @router.post("", status_code=status.HTTP_201_CREATED)
    def create(body: ItemIn, ctx=Depends(context)):
        store, user = ctx
        return store.add_item(user, body.name, body.price)

    @router.get("")
    def all_items(ctx=Depends(context)):
        store, user = ctx
        return store.list_items(user)

    @router.get("/{item_id}")
    def one(item_id: int, ctx=Depends(context)):
        store, user = ctx
        item = store.get_item(user, item_id)
        if not item:
            raise NOT_FOUND
        return item

    @router.put("/{item_id}")
    def replace(item_id: int, body: ItemIn, ctx=Depends(context)):
        store, user = ctx
        item = store.update_item(user, item_id, body.name, body.price)
        if not item:
            raise NOT_FOUND
        return item

    @router.delete("/{item_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
    def remove(item_id: int, ctx=Depends(context)):
        store, user = ctx
        if not store.delete_item(user, item_id):
            raise NOT_FOUND

    return router
