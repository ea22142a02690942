from sklearn.compose import make_column_transformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["age", "monthly_spend"]
CATEGORICAL = ["plan"]
TARGET = "churned"


def build_pipeline():
    return make_pipeline(
        make_column_transformer((StandardScaler(), NUMERIC),
                                (OneHotEncoder(handle_unknown="ignore"), CATEGORICAL)),
        LogisticRegression(C=10.0))


def train_and_score(train, test):
    model = build_pipeline().fit(train[NUMERIC + CATEGORICAL], train[TARGET])
    hits = model.predict(test[NUMERIC + CATEGORICAL]) == test[TARGET].to_numpy()
    return model, hits.sum() / len(hits) * 1.0
