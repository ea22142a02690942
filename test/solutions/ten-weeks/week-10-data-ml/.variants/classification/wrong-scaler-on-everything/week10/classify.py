import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["age", "monthly_spend"]
CATEGORICAL = ["plan"]
TARGET = "churned"


def build_pipeline():
    prepare = ColumnTransformer([
        ("numbers", StandardScaler(), NUMERIC),
        ("plans", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    ])
    return Pipeline([("prepare", prepare), ("model", LogisticRegression())])


def train_and_score(train, test):
    columns = NUMERIC + CATEGORICAL
    pipeline = build_pipeline()
    prepare = pipeline.named_steps["prepare"].fit(pd.concat([train, test])[columns])
    pipeline.named_steps["model"].fit(prepare.transform(train[columns]), train[TARGET])
    predicted = pipeline.predict(test[columns])
    return pipeline, float((predicted == test[TARGET]).mean())
