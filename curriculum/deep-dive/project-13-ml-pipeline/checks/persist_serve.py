"""Milestone: save, reload and serve a fitted model (mlpipe/persist.py)."""
import json

from pymastery import call, capture, expect, expect_equal, expect_isinstance, learner_module, temp_folder


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


def _fitted_model():
    from sklearn.compose import ColumnTransformer
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline, make_pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    frame = _customers()
    prepare = ColumnTransformer([
        ("n", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()),
         ["age", "income", "visits"]),
        ("c", make_pipeline(SimpleImputer(strategy="most_frequent"),
                            OneHotEncoder(handle_unknown="ignore")), ["city"]),
    ])
    model = Pipeline([("prepare", prepare), ("model", LogisticRegression(max_iter=1000))])
    X = frame.drop(columns=["answered"])
    return model.fit(X, frame["answered"]), X


INFO = {"metrics": {"accuracy": 0.85}, "seed": 0}


def check_round_trip():
    """A reloaded model predicts exactly what the saved one did"""
    persist = learner_module()
    model, X = _fitted_model()
    with temp_folder() as folder:
        call(persist.save_model, model, folder.path("models/voucher.joblib"), INFO)
        expect(folder.exists("models/voucher.joblib"), "no file models/voucher.joblib was written",
               hint="joblib.dump(model, path); make the folder first with "
                    "Path(path).parent.mkdir(parents=True, exist_ok=True).")
        loaded = call(persist.load_model, folder.path("models/voucher.joblib")).value
    expect(isinstance(loaded, tuple) and len(loaded) == 2,
           "load_model returned %r, expected (model, info)" % type(loaded).__name__)
    again, info = loaded
    expect(again is not model, "load_model gave back the very same object",
           hint="Load it from the file with joblib.load(path).")
    expect_equal(list(again.predict(X)), list(model.predict(X)))
    expect_equal({key: info.get(key) for key in INFO}, INFO,
                 hint="info comes back from the JSON file written beside the model.")


def check_records_the_version():
    """The JSON beside the model holds the info and the scikit-learn version"""
    import sklearn

    persist = learner_module()
    model, _ = _fitted_model()
    with temp_folder() as folder:
        call(persist.save_model, model, folder.path("voucher.joblib"), INFO)
        record = json.loads(folder.read_text("voucher.json"))
    expect_equal(record, dict(INFO, sklearn_version=sklearn.__version__),
                 hint="Path(path).with_suffix('.json') names the file; write "
                      "dict(info, sklearn_version=sklearn.__version__) into it with json.dumps.")


def check_refuses_another_version():
    """A model saved by another scikit-learn version is refused with a ValueError"""
    persist = learner_module()
    model, _ = _fitted_model()
    with temp_folder() as folder:
        call(persist.save_model, model, folder.path("voucher.joblib"), INFO)
        record = json.loads(folder.read_text("voucher.json"))
        record["sklearn_version"] = "0.1.0"
        folder.write("voucher.json", json.dumps(record))
        outcome = capture(persist.load_model, folder.path("voucher.joblib"))
    expect_isinstance(outcome.exception, ValueError,
                      hint="Read the JSON first and compare its sklearn_version with "
                           "sklearn.__version__; raise ValueError when they differ.")
    expect("0.1.0" in str(outcome.exception),
           "the error says %r; it should name the version that saved the model"
           % str(outcome.exception))


def check_predict_json():
    """predict_json answers a JSON request with the prediction and its probability"""
    persist = learner_module()
    model, X = _fitted_model()
    for index in list(X.dropna().index[:4]):
        row = X.loc[[index]]
        record = {name: value.item() if hasattr(value, "item") else value
                  for name, value in row.iloc[0].items()}
        answer = json.loads(call(persist.predict_json, model, json.dumps(record)).value)
        label = int(model.predict(row)[0])
        chance = round(float(max(model.predict_proba(row)[0])), 3)
        expect_equal(answer, {"prediction": label, "probability": chance},
                     hint="Make a one-row DataFrame from the record (pd.DataFrame([record])), "
                          "then int() the prediction and round the probability of the "
                          "predicted class, from predict_proba, to 3 places.")


def check_predict_json_errors():
    """A request with missing features or broken JSON gets an error, not an exception"""
    persist = learner_module()
    model, _ = _fitted_model()
    answer = json.loads(call(persist.predict_json, model, '{"age": 40, "visits": 2}').value)
    expect_equal(answer, {"error": "missing fields: income, city"},
                 hint="model.feature_names_in_ lists the columns the model was fitted on; name "
                      "the missing ones in that order.")
    broken = json.loads(call(persist.predict_json, model, "{age: 40").value)
    expect("error" in broken, "broken JSON got %r" % (broken,),
           hint="json.loads raises ValueError (json.JSONDecodeError) on broken text: catch it.")
