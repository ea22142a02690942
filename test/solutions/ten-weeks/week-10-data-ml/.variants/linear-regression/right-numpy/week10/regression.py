import numpy as np


def fit_linear(data, features, target):
    X = np.column_stack([data[name].to_numpy(dtype=float) for name in features] + [np.ones(len(data))])
    y = data[target].to_numpy(dtype=float)
    weights = np.linalg.lstsq(X, y, rcond=None)[0]
    predicted = X @ weights
    r2 = 1 - ((y - predicted) ** 2).sum() / ((y - y.mean()) ** 2).sum()
    return {"coefficients": {name: float(w) for name, w in zip(features, weights)},
            "intercept": float(weights[-1]), "r2": float(r2)}
