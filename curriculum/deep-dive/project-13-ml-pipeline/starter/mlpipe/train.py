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
    # Milestone 3: sklearn.metrics has a function per score.
    raise NotImplementedError("evaluate() is not written yet")


def run_experiment(frame, target: str, seed: int = 0, folds: int = 5) -> Experiment:
    """Split ``frame`` with ``split(frame, target, seed=seed)``, then on the training rows only:
    cross-validate a fresh pipeline over ``folds`` folds and fit the final pipeline.

    The pipeline is ``build_preprocessor`` followed by a ``LogisticRegression``, so that the
    fitted model takes raw rows. ``metrics`` is ``evaluate`` on the test rows, and
    ``cv_scores`` the list of ``folds`` accuracy scores, as floats.
    """
    # Milestone 3: split first; every fit after that sees training rows only.
    raise NotImplementedError("run_experiment() is not written yet")
