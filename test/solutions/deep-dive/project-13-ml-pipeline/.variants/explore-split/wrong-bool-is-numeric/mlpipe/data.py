"""Milestone 1: know your columns and set test rows aside before anything learns from them."""
from __future__ import annotations

import pandas as pd
from sklearn.model_selection import train_test_split


def feature_kinds(frame: pd.DataFrame, target: str) -> dict:
    """Sort the columns other than ``target`` into ``{"numeric": [...], "categorical": [...]}``.

    A column is numeric when its dtype is a number type (ints, floats; not bool) and
    categorical otherwise. Each list keeps the frame's column order.
    """
    kinds = {"numeric": [], "categorical": []}
    for name in frame.columns:
        if name == target:
            continue
        dtype = frame[name].dtype
        numeric = pd.api.types.is_numeric_dtype(dtype)
        kinds["numeric" if numeric else "categorical"].append(name)
    return kinds


def split(frame: pd.DataFrame, target: str, test_size: float = 0.25, seed: int = 0):
    """Return ``(X_train, X_test, y_train, y_test)``.

    ``X`` is every column but ``target``, ``y`` the target column. The split is random but
    repeatable (the same ``seed`` gives the same rows), and stratified: both parts keep the
    share of each target value.
    """
    features = frame.drop(columns=[target])
    labels = frame[target]
    return train_test_split(features, labels, test_size=test_size, random_state=seed,
                            stratify=labels)
