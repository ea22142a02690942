"""Week 8: a REST API for notes with FastAPI."""
from fastapi import FastAPI, HTTPException, Response
from pydantic import BaseModel, constr


class NoteIn(BaseModel):
    text: constr(min_length=1)


notes = {}
counter = [0]


def create_app():
    """Build the app; its notes live in memory, one store per app.

    - ``POST /notes`` with ``{"text": ...}`` (not empty) answers 201 and ``{"id": n, "text": ...}``;
      ids count from 1. An empty or missing text answers 422.
    - ``GET /notes`` answers the list of notes, oldest first.
    - ``GET /notes/{id}`` answers one note, or 404.
    - ``DELETE /notes/{id}`` answers 204, or 404 if there is no such note.
    """
    app = FastAPI()

    @app.post("/notes", status_code=201)
    def add(note: NoteIn):
        counter[0] += 1
        notes[counter[0]] = {"id": counter[0], "text": note.text}
        return notes[counter[0]]

    @app.get("/notes")
    def all_notes():
        return list(notes.values())

    @app.get("/notes/{note_id}")
    def one(note_id: int):
        if note_id not in notes:
            raise HTTPException(404, "no such note")
        return notes[note_id]

    @app.delete("/notes/{note_id}", status_code=204)
    def remove(note_id: int):
        if notes.pop(note_id, None) is None:
            raise HTTPException(404, "no such note")
        return Response(status_code=204)

    return app
