"""Capstone 4, step 3: the HTTP API.

    POST /recipes                      {"name": ..., "ingredients": [...]}  -> 201 and the recipe
    GET  /recipes/{id}                 the recipe, or 404
    GET  /search?ingredients=egg,milk  [{"id", "name", "matched"}, ...] as find_by_ingredients
    GET  /recipes/{id}/similar?k=3     [{"id", "name", "score"}, ...] by rank_similar; 404 for
                                       an unknown id; the recipe itself is never in the list

A recipe is sent as {"id": 1, "name": "Pancakes", "ingredients": ["egg", "flour", "milk"]},
ingredients sorted. Scores are rounded to 3 decimals.
"""
from typing import List

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from db import Recipe, add_recipe, find_by_ingredients, make_sessions
from similarity import rank_similar


class RecipeIn(BaseModel):
    name: str
    ingredients: List[str]


def create_app(database_url):
    """Return a FastAPI app that keeps its recipes in the database at ``database_url``."""
    sessions = make_sessions(database_url)
    app = FastAPI(title="Recipes")

    def as_json(recipe):
        return {"id": recipe.id, "name": recipe.name, "ingredients": recipe.ingredient_names()}

    @app.post("/recipes", status_code=201)
    def create(body: RecipeIn):
        with sessions() as session:
            return as_json(add_recipe(session, body.name, body.ingredients))

    @app.get("/recipes/{recipe_id}")
    def read(recipe_id: int):
        with sessions() as session:
            recipe = session.get(Recipe, recipe_id)
            if recipe is None:
                raise HTTPException(status_code=404, detail="no such recipe")
            return as_json(recipe)

    @app.get("/search")
    def search(ingredients: str = ""):
        have = [name for name in ingredients.split(",") if name.strip()]
        with sessions() as session:
            return [{"id": recipe.id, "name": recipe.name, "matched": matched}
                    for recipe, matched in find_by_ingredients(session, have)]

    @app.get("/recipes/{recipe_id}/similar")
    def similar(recipe_id: int, k: int = 3):
        with sessions() as session:
            recipe = session.get(Recipe, recipe_id)
            if recipe is None:
                raise HTTPException(status_code=404, detail="no such recipe")
            others = {r.id: set(r.ingredient_names()) for r in session.query(Recipe).all()
                      if r.id != recipe_id}
            names = {r.id: r.name for r in session.query(Recipe).all()}
            return [{"id": key, "name": names[key], "score": round(score, 3)}
                    for key, score in rank_similar(set(recipe.ingredient_names()), others, k)]

    return app
