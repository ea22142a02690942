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

    # TODO: the four routes
    return app
