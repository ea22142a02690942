import pandas as pd


def load_orders(path):
    orders = pd.read_csv(path)
    orders["amount"] = orders["amount"].astype(float)
    return orders


def describe_orders(orders):
    if orders.empty:
        return {"rows": 0, "regions": [], "total": 0.0, "busiest_month": None}
    by_month = orders.groupby(orders["date"].str[:7])["amount"].sum()
    return {"rows": len(orders), "regions": sorted(orders["region"].unique()),
            "total": float(orders["amount"].sum()), "busiest_month": by_month.idxmax()}
