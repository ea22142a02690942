"""Week 10: a classification pipeline that does not peek at the test data."""
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["age", "monthly_spend"]
CATEGORICAL = ["plan"]
TARGET = "churned"


def build_pipeline():
    """An unfitted Pipeline: scale the NUMERIC columns, one-hot encode the CATEGORICAL
    ones (ignoring categories it has not seen), then a LogisticRegression."""
    # TODO
    raise NotImplementedError("build_pipeline is not written yet")


def train_and_score(train, test):
    """Fit a pipeline on the ``train`` DataFrame and score it on ``test``.

    Both hold the NUMERIC and CATEGORICAL columns and TARGET. Everything the pipeline learns,
    scaling included, must come from ``train`` alone. Return ``(fitted_pipeline, accuracy)``,
    accuracy being the share of ``test`` rows predicted right.
    """
    # TODO
    raise NotImplementedError("train_and_score is not written yet")
