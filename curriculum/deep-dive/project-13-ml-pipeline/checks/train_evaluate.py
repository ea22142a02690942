"""Milestone: cross-validate, fit and evaluate without leaking test rows (mlpipe/train.py)."""
from pymastery import call, expect, expect_equal, learner_module


def _customers(rows=300, seed=1):
    """A small, fixed data set: numbers with gaps, text categories, and a 0/1 target."""
    import numpy as np
    import pandas as pd

    rng = np.random.RandomState(seed)
    age = rng.randint(18, 75, rows)
    income = rng.normal(45, 15, rows).round(1)
    visits = rng.poisson(3, rows)
    city = rng.choice(["Oslo", "Lima", "Pune"], rows)
    score = (0.08 * (income - 45) + 0.6 * (visits - 3) - 0.03 * (age - 45)
             + 1.5 * (city == "Oslo") + rng.normal(0, 0.6, rows))
    frame = pd.DataFrame({"age": age, "income": income, "visits": visits, "city": city,
                          "answered": (score > 0.5).astype(int)})
    frame.loc[rng.rand(rows) < 0.08, "income"] = np.nan
    frame.loc[rng.rand(rows) < 0.05, "city"] = np.nan
    return frame


class _FixedModel:
    """Stands in for a fitted model: it predicts what it was told to."""

    def __init__(self, predictions):
        self.predictions = predictions

    def predict(self, X):
        return list(self.predictions)


def _experiment(seed=0, folds=5):
    train = learner_module()
    result = call(train.run_experiment, _customers(), "answered", seed=seed, folds=folds).value
    expect(all(hasattr(result, name) for name in ("model", "X_train", "X_test", "cv_scores")),
           "run_experiment returned %r, not an Experiment" % type(result).__name__,
           hint="Return Experiment(model, X_train, X_test, y_train, y_test, cv_scores, metrics).")
    return result


def _parts(step):
    """Every estimator inside a (nested) Pipeline or ColumnTransformer."""
    yield step
    for _, inner in getattr(step, "steps", []):
        yield from _parts(inner)
    for _, inner, _ in getattr(step, "transformers_", []):
        if not isinstance(inner, str):
            yield from _parts(inner)


def check_evaluate():
    """evaluate scores a model's predictions: accuracy, precision, recall and F1"""
    train = learner_module()
    truth = [1, 1, 0, 0, 1, 0, 1, 0]
    guess = [1, 0, 0, 1, 1, 1, 1, 0]
    scores = call(train.evaluate, _FixedModel(guess), [[0]] * 8, truth).value
    expect_equal(sorted(scores), ["accuracy", "f1", "precision", "recall"])
    expect_equal({name: round(value, 4) for name, value in scores.items()},
                 {"accuracy": 0.625, "precision": 0.6, "recall": 0.75, "f1": 0.6667},
                 hint="5 of 8 guesses are right; of the 5 ones guessed, 3 are real (precision); "
                      "of the 4 real ones, 3 were found (recall). sklearn.metrics has "
                      "accuracy_score, precision_score, recall_score and f1_score.")
    expect(all(type(value) is float for value in scores.values()),
           "the scores are %s, not plain float" % sorted({type(v).__name__ for v in scores.values()}),
           hint="Wrap each score in float(), so the dict can be written as JSON.")


def check_uses_the_split():
    """run_experiment trains on split()'s training rows and keeps its test rows apart"""
    data = learner_module("mlpipe/data.py")
    experiment = _experiment(seed=2)
    X_train, X_test = call(data.split, _customers(), "answered", seed=2).value[:2]
    expect_equal(list(experiment.X_test.index), list(X_test.index),
                 hint="Call split(frame, target, seed=seed) once, at the start.")
    expect_equal(list(experiment.X_train.index), list(X_train.index))


def check_model_takes_raw_rows():
    """The fitted model predicts from raw rows, gaps and text included, and predicts well"""
    from sklearn.metrics import accuracy_score

    experiment = _experiment()
    predicted = call(experiment.model.predict, experiment.X_test).value
    expect_equal(len(predicted), len(experiment.X_test))
    accuracy = accuracy_score(experiment.y_test, predicted)
    expect(accuracy > 0.75, "the model gets %.0f%% of the test rows right" % (100 * accuracy),
           hint="Pipeline([('preprocess', build_preprocessor(...)), "
                "('model', LogisticRegression(max_iter=1000))]), fitted on the training rows.")
    expect_equal(round(experiment.metrics["accuracy"], 6), round(float(accuracy), 6),
                 hint="metrics is evaluate(model, X_test, y_test).")


def check_no_leakage():
    """Preprocessing learned its medians and means from the training rows only"""
    import numpy as np

    experiment = _experiment(seed=1)
    numeric = experiment.X_train[["age", "income", "visits"]]
    medians = numeric.median()
    means = numeric.fillna(medians).mean()
    scalers = [part for part in _parts(experiment.model) if hasattr(part, "mean_")]
    imputers = [part for part in _parts(experiment.model)
                if hasattr(part, "statistics_") and len(part.statistics_) == 3]
    expect(scalers and imputers,
           "the model has no fitted scaler and median imputer inside it",
           hint="Put build_preprocessor's ColumnTransformer in the Pipeline with the model, so "
                "the model can take raw rows and every fit sees the same rows.")
    expect(np.allclose(np.asarray(imputers[0].statistics_, dtype=float), medians.values),
           "the imputer's medians are %s, but the training rows' medians are %s"
           % (np.round(np.asarray(imputers[0].statistics_, dtype=float), 3).tolist(),
              medians.round(3).tolist()),
           hint="Fit nothing before splitting: the test rows must not shape the preprocessing.")
    expect(np.allclose(scalers[0].mean_, means.values),
           "the scaler's means are %s, but the training rows' means are %s: the scaler "
           "has seen rows it should not have" % (np.round(scalers[0].mean_, 3).tolist(),
                                                  means.round(3).tolist()),
           hint="This is data leakage: preprocessing fitted on all the rows carries what it "
                "learned from the test rows into training. Fit the whole Pipeline, "
                "preprocessing included, on X_train only.")


def check_cross_validation():
    """cv_scores holds one accuracy per fold, from the training rows"""
    experiment = _experiment(folds=4)
    scores = experiment.cv_scores
    expect_equal(len(scores), 4, hint="cross_val_score(pipeline, X_train, y_train, cv=folds).")
    expect(all(type(score) is float and 0.6 < score <= 1 for score in scores),
           "the fold scores are %r" % (scores,),
           hint="Turn the array cross_val_score returns into a list of floats; each should be an "
                "accuracy between 0 and 1.")
    expect_equal(len(_experiment(folds=3).cv_scores), 3, hint="Use the folds argument.")
