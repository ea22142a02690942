"""Milestone 4: save a fitted model with what you need to trust it later, and serve it."""
from __future__ import annotations

import json
from pathlib import Path

import pickle
import pandas as pd
import sklearn


def save_model(model, path, info: dict) -> None:
    """Write ``model`` to ``path`` with joblib (making its folder if needed) and ``info``
    beside it as JSON.

    The JSON file has the same name with the suffix ``.json`` (``model.joblib`` gets
    ``model.json``); it holds every key of ``info`` plus ``"sklearn_version"``, the
    scikit-learn version that saved the model.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as file:
        pickle.dump(model, file)
    record = dict(info, sklearn_version=sklearn.__version__)
    path.with_suffix(".json").write_text(json.dumps(record, indent=2), encoding="utf-8")


def load_model(path):
    """Return ``(model, info)`` saved by ``save_model``.

    Raises ``ValueError`` naming both versions when the model was saved by another
    scikit-learn version than the one running now, before loading the model itself.
    """
    path = Path(path)
    info = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    saved = info.get("sklearn_version")
    if saved != sklearn.__version__:
        raise ValueError(f"the model was saved with scikit-learn {saved}, "
                         f"but this is scikit-learn {sklearn.__version__}")
    with open(path, "rb") as file:
        return pickle.load(file), info


def predict_json(model, body: str) -> str:
    """Answer one prediction request, as an API would.

    ``body`` is a JSON object with a value for each feature the model was fitted on
    (``model.feature_names_in_``). The answer is JSON:
    ``{"prediction": 1, "probability": 0.873}`` (the predicted class as an int and the
    probability of that class rounded to 3 places), or ``{"error": "..."}`` when the body is
    not a JSON object or lacks features (the message names the missing ones, comma-separated,
    in the model's order).
    """
    try:
        record = json.loads(body)
    except ValueError:
        return json.dumps({"error": "the body is not JSON"})
    if not isinstance(record, dict):
        return json.dumps({"error": "the body must be a JSON object"})
    features = list(model.feature_names_in_)
    missing = [name for name in features if name not in record]
    if missing:
        return json.dumps({"error": "missing fields: " + ", ".join(missing)})
    row = pd.DataFrame([{name: record[name] for name in features}])
    prediction = model.predict(row)[0]
    probabilities = model.predict_proba(row)[0]
    chance = probabilities[list(model.classes_).index(prediction)]
    return json.dumps({"prediction": int(prediction), "probability": round(float(chance), 3)})
