"""Milestone 3: cross-validate, fit and evaluate a whole pipeline on training rows only."""
from __future__ import annotations

from collections import namedtuple

from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import Pipeline

from mlpipe.data import feature_kinds, split
from mlpipe.features import build_preprocessor

#: What run_experiment hands back.
Experiment = namedtuple("Experiment", "model X_train X_test y_train y_test cv_scores metrics")


def evaluate(model, X, y) -> dict:
    """Score ``model``'s predictions for ``X`` against the true labels ``y`` (0 and 1).

    Returns ``{"accuracy": ..., "precision": ..., "recall": ..., "f1": ...}`` as plain floats,
    1 being the positive class.
    """
    predicted = model.predict(X)
    return {
        "accuracy": float(accuracy_score(y, predicted)),
        "precision": float(precision_score(y, predicted, zero_division=0)),
        "recall": float(recall_score(y, predicted, zero_division=0)),
        "f1": float(f1_score(y, predicted, zero_division=0)),
    }


def run_experiment(frame, target: str, seed: int = 0, folds: int = 5) -> Experiment:
    """Split ``frame`` with ``split(frame, target, seed=seed)``, then on the training rows only:
    cross-validate a fresh pipeline over ``folds`` folds and fit the final pipeline.

    The pipeline is ``build_preprocessor`` followed by a ``LogisticRegression``, so that the
    fitted model takes raw rows. ``metrics`` is ``evaluate`` on the test rows, and
    ``cv_scores`` the list of ``folds`` accuracy scores, as floats.
    """
    X_train, X_test, y_train, y_test = split(frame, target, seed=seed)
    kinds = feature_kinds(frame, target)

    def fresh():
        return Pipeline([("preprocess", build_preprocessor(kinds["numeric"], kinds["categorical"])),
                         ("model", LogisticRegression(max_iter=1000))])

    scores = cross_val_score(fresh(), X_train, y_train, cv=folds, scoring="accuracy")
    model = fresh().fit(X_train, y_train)
    return Experiment(model, X_train, X_test, y_train, y_test,
                      [float(score) for score in scores], evaluate(model, X_test, y_test))
