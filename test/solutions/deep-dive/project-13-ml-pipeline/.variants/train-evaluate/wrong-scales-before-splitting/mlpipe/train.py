"""Leaks: the preprocessing is fitted on every row before the model is trained."""
from collections import namedtuple

from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import Pipeline

from mlpipe.data import feature_kinds, split
from mlpipe.features import build_preprocessor

Experiment = namedtuple("Experiment", "model X_train X_test y_train y_test cv_scores metrics")


def evaluate(model, X, y):
    predicted = model.predict(X)
    return {"accuracy": float(accuracy_score(y, predicted)),
            "precision": float(precision_score(y, predicted, zero_division=0)),
            "recall": float(recall_score(y, predicted, zero_division=0)),
            "f1": float(f1_score(y, predicted, zero_division=0))}


def run_experiment(frame, target, seed=0, folds=5):
    kinds = feature_kinds(frame, target)
    preprocess = build_preprocessor(kinds["numeric"], kinds["categorical"])
    preprocess.fit(frame.drop(columns=[target]))          # every row, test rows included
    X_train, X_test, y_train, y_test = split(frame, target, seed=seed)
    classifier = LogisticRegression(max_iter=1000)
    scores = cross_val_score(classifier, preprocess.transform(X_train), y_train, cv=folds)
    classifier.fit(preprocess.transform(X_train), y_train)
    model = Pipeline([("preprocess", preprocess), ("model", classifier)])
    return Experiment(model, X_train, X_test, y_train, y_test, [float(s) for s in scores],
                      evaluate(model, X_test, y_test))
