"""Checks for the `classification` milestone (week10/classify.py)."""
from pymastery import call, expect, expect_equal, learner_module

PLANS = ["basic", "plus", "pro"]


def _customers(n, offset=0, scale=1.0, plans=PLANS):
    import pandas as pd
    rows = []
    for i in range(offset, offset + n):
        age = 18 + (i * 13) % 50
        spend = 10 + (i * 29) % 90
        plan = plans[i % len(plans)]
        churned = int(spend - 0.6 * age + (8 if plan == "basic" else 0) > 30)
        rows.append({"age": age * scale, "monthly_spend": spend * scale, "plan": plan, "churned": churned})
    return pd.DataFrame(rows)


def _answers(model, probe):
    columns = ["age", "monthly_spend", "plan"]
    if hasattr(model, "predict_proba"):
        return [round(float(p), 9) for p in model.predict_proba(probe[columns])[:, 1]]
    return list(model.predict(probe[columns]))


def check_build_pipeline():
    """build_pipeline returns an unfitted scikit-learn pipeline"""
    module = learner_module()
    pipeline = call(module.build_pipeline).value
    expect(hasattr(pipeline, "fit") and hasattr(pipeline, "predict"),
           f"build_pipeline returned {pipeline!r}, which has no fit and predict",
           hint="Return Pipeline([(\"prepare\", a ColumnTransformer), (\"model\", LogisticRegression())]).")


def check_scores_the_test_rows():
    """train_and_score fits, predicts and reports the accuracy on the test rows"""
    module = learner_module()
    train, test = _customers(200), _customers(60, offset=200)
    model, accuracy = call(module.train_and_score, train, test).value
    predicted = list(model.predict(test[["age", "monthly_spend", "plan"]]))
    right = sum(int(p == t) for p, t in zip(predicted, test["churned"])) / len(test)
    expect(isinstance(accuracy, float), f"the accuracy should be a float, got {accuracy!r}")
    expect(abs(accuracy - right) < 1e-9,
           f"the model gets {right:.3f} of the test rows right, but train_and_score said {accuracy!r}",
           hint="accuracy_score(test[TARGET], predictions on test) is the share predicted right.")
    expect(accuracy >= 0.85, f"accuracy {accuracy:.3f} is too low for this easy data",
           hint="Scale the numbers and one-hot encode the plan before the LogisticRegression.")


def check_unknown_plan():
    """a plan the training data never had does not break predictions"""
    module = learner_module()
    train = _customers(120)
    test = _customers(30, offset=120, plans=["basic", "plus", "pro", "student"])
    model, accuracy = call(module.train_and_score, train, test).value
    expect(0.0 <= accuracy <= 1.0, f"accuracy {accuracy!r} is not between 0 and 1")


def check_no_leak():
    """nothing is learned from the test rows"""
    module = learner_module()
    train, probe = _customers(150), _customers(40, offset=500)
    plain_test = _customers(40, offset=150)
    odd_test = _customers(40, offset=150, scale=100.0)
    first, _ = call(module.train_and_score, train, plain_test).value
    second, _ = call(module.train_and_score, train, odd_test).value
    expect_equal(_answers(second, probe), _answers(first, probe),
                 message="The same training rows gave a different model when only the test rows changed: "
                         "the pipeline learned something from the test data.",
                 hint="Fit the whole pipeline, scaler included, on train only; then only call predict "
                      "on test. Never fit anything on train and test put together.")
