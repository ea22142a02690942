"""Right, written with make_pipeline, cross_validate and a confusion matrix."""
from collections import namedtuple

from sklearn.base import clone
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix
from sklearn.model_selection import cross_validate
from sklearn.pipeline import make_pipeline

from mlpipe.data import feature_kinds, split
from mlpipe.features import build_preprocessor

Experiment = namedtuple("Experiment", "model X_train X_test y_train y_test cv_scores metrics")


def evaluate(model, X, y):
    tn, fp, fn, tp = confusion_matrix(list(y), list(model.predict(X)), labels=[0, 1]).ravel()
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"accuracy": float((tp + tn) / (tp + tn + fp + fn)), "precision": float(precision),
            "recall": float(recall), "f1": float(f1)}


def run_experiment(frame, target, seed=0, folds=5):
    X_train, X_test, y_train, y_test = split(frame, target, seed=seed)
    kinds = feature_kinds(frame, target)
    template = make_pipeline(build_preprocessor(kinds["numeric"], kinds["categorical"]),
                             LogisticRegression(max_iter=500))
    results = cross_validate(clone(template), X_train, y_train, cv=folds)
    model = clone(template).fit(X_train, y_train)
    return Experiment(model, X_train, X_test, y_train, y_test,
                      results["test_score"].tolist(), evaluate(model, X_test, y_test))
