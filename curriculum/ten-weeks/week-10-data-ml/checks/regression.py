"""Checks for the `linear-regression` milestone (week10/regression.py)."""
import math

from pymastery import call, expect, expect_equal, learner_module


def _houses(noise=True):
    import pandas as pd
    rows = []
    for i in range(40):
        size = 50 + (i * 37) % 120
        rooms = 1 + (i * 7) % 5
        wobble = 4 * math.sin(i * 1.7) if noise else 0.0
        rows.append({"rooms": rooms, "size": size, "price": 30 + 2.5 * size + 10 * rooms + wobble})
    return pd.DataFrame(rows)


def _least_squares(data, features, target):
    import numpy as np
    X = np.column_stack([data[f].to_numpy(float) for f in features] + [np.ones(len(data))])
    y = data[target].to_numpy(float)
    solution = np.linalg.lstsq(X, y, rcond=None)[0]
    residual = y - X @ solution
    r2 = 1 - (residual @ residual) / ((y - y.mean()) @ (y - y.mean()))
    return dict(zip(features, solution[:-1])), solution[-1], r2


def _close(a, b, tolerance=1e-6):
    return isinstance(a, (int, float)) and abs(a - b) <= tolerance * max(1.0, abs(b))


def check_exact_line():
    """on data that lies on a plane, the fit finds it exactly"""
    module = learner_module()
    fit = call(module.fit_linear, _houses(noise=False), ["size", "rooms"], "price").value
    expect(isinstance(fit, dict), f"fit_linear returned {fit!r}, not a dict")
    expect_equal(sorted(fit), ["coefficients", "intercept", "r2"])
    coefficients = fit["coefficients"]
    expect(isinstance(coefficients, dict) and set(coefficients) == {"size", "rooms"},
           f"coefficients should be a dict keyed by feature name, got {coefficients!r}",
           hint="zip(features, model.coef_) pairs each feature with its weight.")
    expect(_close(coefficients["size"], 2.5) and _close(coefficients["rooms"], 10.0),
           f"price = 30 + 2.5*size + 10*rooms exactly, but the coefficients came back as {coefficients}",
           hint="Fit LinearRegression on data[features] and data[target].")
    expect(_close(fit["intercept"], 30.0), f"the intercept should be 30, got {fit['intercept']!r}",
           hint="LinearRegression fits an intercept unless told not to; read it from model.intercept_.")
    expect(_close(fit["r2"], 1.0), f"a perfect fit has R² 1.0, got {fit['r2']!r}")


def check_noisy_data():
    """with noise, coefficients and R² match least squares"""
    module = learner_module()
    data = _houses()
    for features in (["size", "rooms"], ["rooms", "size"], ["size"]):
        fit = call(module.fit_linear, data, features, "price").value
        weights, intercept, r2 = _least_squares(data, features, "price")
        for name in features:
            expect(_close(fit["coefficients"].get(name), weights[name]),
                   f"with features {features}, the weight of {name!r} should be {weights[name]:.6f}, "
                   f"got {fit['coefficients'].get(name)!r}",
                   hint="Use the features in the order given, and only those.")
        expect(_close(fit["intercept"], intercept),
               f"with features {features} the intercept should be {intercept:.6f}, got {fit['intercept']!r}")
        expect(_close(fit["r2"], r2), f"with features {features} R² should be {r2:.6f}, got {fit['r2']!r}",
               hint="model.score(X, y) is the R² on the data you pass it.")
    expect(all(type(v) is float for v in [fit["intercept"], fit["r2"], *fit["coefficients"].values()]),
           "the numbers in the result should be plain floats", hint="Wrap them in float().")
