"""Week 8: a REST API for notes with FastAPI."""
from fastapi import FastAPI, HTTPException, Response
from pydantic import BaseModel, constr


class NoteIn(BaseModel):
    text: constr(min_length=1)


def create_app():
    """Build the app; its notes live in memory, one store per app.

    - ``POST /notes`` with ``{"text": ...}`` (not empty) answers 201 and ``{"id": n, "text": ...}``;
      ids count from 1. An empty or missing text answers 422.
    - ``GET /notes`` answers the list of notes, oldest first.
    - ``GET /notes/{id}`` answers one note, or 404.
    - ``DELETE /notes/{id}`` answers 204, or 404 if there is no such note.
    """
    # TODO
    raise NotImplementedError("create_app is not written yet")
