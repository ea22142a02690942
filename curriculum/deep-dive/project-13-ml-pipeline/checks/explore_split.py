"""Milestone: sort the columns and split off a test set (mlpipe/data.py)."""
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


def check_feature_kinds():
    """feature_kinds sorts the columns into numeric and categorical, leaving out the target"""
    import pandas as pd

    data = learner_module()
    frame = _customers(40)
    frame["member"] = [True, False] * 20
    frame["score"] = frame["age"] * 0.5
    expect_equal(call(data.feature_kinds, frame, "answered").value,
                 {"numeric": ["age", "income", "visits", "score"],
                  "categorical": ["city", "member"]},
                 hint="Loop over frame.columns, skip the target, and ask "
                      "pd.api.types.is_numeric_dtype about each column's dtype. A bool column "
                      "counts as numeric there, so test is_bool_dtype too.")
    other = pd.DataFrame({"label": ["a", "b"], "x": [1.0, 2.0]})
    expect_equal(call(data.feature_kinds, other, "label").value,
                 {"numeric": ["x"], "categorical": []},
                 hint="The target can be any column; leave it out of both lists.")


def check_split_sizes():
    """split keeps a quarter of the rows for testing and separates X from y"""
    data = learner_module()
    frame = _customers()
    parts = call(data.split, frame, "answered").value
    expect(isinstance(parts, (tuple, list)) and len(parts) == 4,
           "split returned %r, expected (X_train, X_test, y_train, y_test)" % type(parts).__name__)
    X_train, X_test, y_train, y_test = parts
    expect_equal((len(X_train), len(X_test), len(y_train), len(y_test)), (225, 75, 225, 75),
                 hint="train_test_split(X, y, test_size=test_size, ...) returns the four parts "
                      "in this order.")
    expect("answered" not in X_train.columns, "X_train still has the target column 'answered'",
           hint="X is frame.drop(columns=[target]); y is frame[target].")
    expect_equal(sorted(list(X_train.index) + list(X_test.index)), list(range(300)),
                 hint="Every row goes to exactly one of the two parts.")
    expect_equal(list(y_test.index), list(X_test.index), hint="y must line up with X, row for row.")


def check_split_is_repeatable():
    """The same seed gives the same rows; another seed gives other rows"""
    data = learner_module()
    frame = _customers()
    first = call(data.split, frame, "answered", seed=3).value[1]
    again = call(data.split, frame, "answered", seed=3).value[1]
    other = call(data.split, frame, "answered", seed=4).value[1]
    expect_equal(list(again.index), list(first.index),
                 hint="Pass random_state=seed to train_test_split, so the shuffle is repeatable.")
    expect(list(other.index) != list(first.index), "seeds 3 and 4 chose the same test rows",
           hint="Use the seed argument, not a fixed number.")
    smaller = call(data.split, frame, "answered", test_size=0.1).value[1]
    expect_equal(len(smaller), 30, hint="Pass test_size through to train_test_split.")


def check_split_is_stratified():
    """Both parts keep the share of each target value"""
    data = learner_module()
    frame = _customers()
    share = frame["answered"].mean()
    for seed in range(4):
        y_train, y_test = call(data.split, frame, "answered", seed=seed).value[2:]
        expect(abs(y_test.mean() - share) < 0.01 and abs(y_train.mean() - share) < 0.01,
               "with seed %d, %.0f%% of the test rows and %.0f%% of the training rows answered, "
               "but %.0f%% of all rows did" % (seed, 100 * y_test.mean(), 100 * y_train.mean(),
                                               100 * share),
               hint="Pass stratify=y to train_test_split, so a rare class can't end up mostly "
                    "on one side.")
