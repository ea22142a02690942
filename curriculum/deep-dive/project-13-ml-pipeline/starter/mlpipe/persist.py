"""Milestone 4: save a fitted model with what you need to trust it later, and serve it."""
from __future__ import annotations

import json
from pathlib import Path

import joblib
import pandas as pd
import sklearn


def save_model(model, path, info: dict) -> None:
    """Write ``model`` to ``path`` with joblib (making its folder if needed) and ``info``
    beside it as JSON.

    The JSON file has the same name with the suffix ``.json`` (``model.joblib`` gets
    ``model.json``); it holds every key of ``info`` plus ``"sklearn_version"``, the
    scikit-learn version that saved the model.
    """
    # Milestone 4
    raise NotImplementedError("save_model() is not written yet")


def load_model(path):
    """Return ``(model, info)`` saved by ``save_model``.

    Raises ``ValueError`` naming both versions when the model was saved by another
    scikit-learn version than the one running now, before loading the model itself.
    """
    # Milestone 4
    raise NotImplementedError("load_model() is not written yet")


def predict_json(model, body: str) -> str:
    """Answer one prediction request, as an API would.

    ``body`` is a JSON object with a value for each feature the model was fitted on
    (``model.feature_names_in_``). The answer is JSON:
    ``{"prediction": 1, "probability": 0.873}`` (the predicted class as an int and the
    probability of that class rounded to 3 places), or ``{"error": "..."}`` when the body is
    not a JSON object or lacks features (the message names the missing ones, comma-separated,
    in the model's order).
    """
    # Milestone 4
    raise NotImplementedError("predict_json() is not written yet")
