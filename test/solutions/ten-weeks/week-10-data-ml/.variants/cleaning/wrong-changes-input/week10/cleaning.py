import pandas as pd


def clean_orders(raw):
    raw["region"] = raw["region"].fillna("").str.strip().str.title()
    raw["amount"] = pd.to_numeric(raw["amount"].str.replace(r"[$,\s]", "", regex=True), errors="coerce")
    raw["date"] = pd.to_datetime(raw["date"], errors="coerce")
    raw["order_id"] = pd.to_numeric(raw["order_id"], errors="coerce")
    cleaned = raw.dropna(subset=["order_id", "date", "amount"]).copy()
    cleaned["order_id"] = cleaned["order_id"].astype(int)
    return cleaned.drop_duplicates(subset="order_id").reset_index(drop=True)
