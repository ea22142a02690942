import pandas as pd


def clean_orders(orders):
    orders["customer"] = orders["customer"].str.strip()
    orders["email"] = orders["email"].str.strip().str.lower()
    orders["country"] = orders["country"].str.upper()
    orders["amount"] = pd.to_numeric(orders["amount"], errors="coerce")
    kept = orders[orders["customer"].fillna("").ne("") & orders["amount"].notna()]
    return kept.drop_duplicates("order_id").reset_index(drop=True)


def revenue_by_country(orders):
    totals = orders.groupby("country")["amount"].sum().sort_values(ascending=False).round(2)
    return totals.to_dict()
