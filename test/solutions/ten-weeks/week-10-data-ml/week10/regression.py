"""Week 10: linear regression with scikit-learn."""
from sklearn.linear_model import LinearRegression


def fit_linear(data, features, target):
    """Fit a straight-line model predicting ``data[target]`` from the columns in ``features``.

    Return ``{"coefficients": {feature: weight, ...}, "intercept": float, "r2": float}``,
    where r2 is the model's R² score on the same data.
    """
    X = data[list(features)]
    y = data[target]
    model = LinearRegression().fit(X, y)
    return {
        "coefficients": {name: float(w) for name, w in zip(features, model.coef_)},
        "intercept": float(model.intercept_),
        "r2": float(model.score(X, y)),
    }
