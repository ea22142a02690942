"""Milestone: a preprocessing step that fits on one frame and transforms another (mlpipe/features.py)."""
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

NUMERIC = ["age", "income", "visits"]
CATEGORICAL = ["city"]


def _dense(matrix):
    import numpy as np

    return np.asarray(matrix.toarray() if hasattr(matrix, "toarray") else matrix, dtype=float)


def _fitted(frame):
    features = learner_module()
    step = call(features.build_preprocessor, NUMERIC, CATEGORICAL).value
    expect(hasattr(step, "fit_transform"), "build_preprocessor returned %r, not a transformer"
           % type(step).__name__, hint="Return a sklearn.compose.ColumnTransformer.")
    expect(not hasattr(step, "transformers_"),
           "build_preprocessor returned a transformer that is already fitted",
           hint="Build it, don't fit it: fitting is for whoever holds the training rows.")
    return step, _dense(call(step.fit_transform, frame).value)


def check_output_shape_and_no_gaps():
    """The output has no missing values: 3 scaled numbers and a column per city"""
    import numpy as np

    frame = _customers()
    _, out = _fitted(frame.drop(columns=["answered"]))
    expect_equal(out.shape, (300, 6),
                 hint="Three numeric columns plus one 0/1 column for each of the three cities; "
                      "other columns are dropped.")
    expect(not np.isnan(out).any(), "the transformed data still has NaN in it",
           hint="Put a SimpleImputer before the scaler and before the encoder "
                "(a Pipeline per kind of column).")


def check_scales_numbers():
    """Numeric columns come out with mean 0 and standard deviation 1"""
    import numpy as np

    frame = _customers().drop(columns=["answered"])
    _, out = _fitted(frame)
    expect(np.allclose(out[:, :3].mean(axis=0), 0, atol=1e-9)
           and np.allclose(out[:, :3].std(axis=0), 1, atol=1e-9),
           "the first three columns have means %s and deviations %s"
           % (out[:, :3].mean(axis=0).round(3).tolist(), out[:, :3].std(axis=0).round(3).tolist()),
           hint="List the numeric transformer first in the ColumnTransformer and end it with "
                "StandardScaler().")


def check_fills_with_the_median():
    """A missing income becomes the median of the rows it was fitted on"""
    import numpy as np
    import pandas as pd

    train = pd.DataFrame({"age": [20, 30, 40, 50], "income": [10.0, 20.0, 90.0, np.nan],
                          "visits": [1, 2, 3, 4], "city": ["Oslo", "Lima", "Oslo", np.nan]})
    step, _ = _fitted(train)
    probe = pd.DataFrame({"age": [35], "income": [np.nan], "visits": [2], "city": ["Oslo"]})
    filled = _dense(call(step.transform, probe).value)
    as_median = _dense(step.transform(probe.assign(income=[20.0])))
    expect(np.allclose(filled, as_median),
           "a missing income was not treated as 20.0, the median of 10, 20 and 90",
           hint="SimpleImputer(strategy='median') for numbers; the mean (40) is pulled up by "
                "one large income.")
    no_city = _dense(call(step.transform, probe.assign(city=[np.nan])).value)
    expect(no_city.shape == filled.shape and np.allclose(no_city, filled),
           "a missing city was not treated as 'Oslo', the most frequent city",
           hint="SimpleImputer(strategy='most_frequent') before the OneHotEncoder fills a "
                "missing city with the commonest one.")


def check_unknown_category():
    """A city never seen while fitting gives zeros instead of an error"""
    import pandas as pd

    step, _ = _fitted(_customers().drop(columns=["answered"]))
    probe = pd.DataFrame({"age": [30], "income": [50.0], "visits": [3], "city": ["Accra"]})
    out = _dense(call(step.transform, probe).value)
    expect_equal(out[0, 3:].tolist(), [0.0, 0.0, 0.0],
                 hint="OneHotEncoder(handle_unknown='ignore') encodes an unknown value as all "
                      "zeros; the default raises an error on the first new city in production.")
