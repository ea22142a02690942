"""Week 10: from a CSV file to a DataFrame."""
import pandas as pd


def load_orders(path):
    """Read the orders CSV at ``path`` into a DataFrame.

    The file has a header row ``order_id,date,region,amount``. The result has those four
    columns, with ``order_id`` as whole numbers, ``date`` as datetimes (not text) and
    ``amount`` as floats, and the ordinary 0, 1, 2, ... index.
    """
    orders = pd.read_csv(path, parse_dates=["date"])
    orders["amount"] = orders["amount"].astype(float)
    return orders


def describe_orders(orders):
    """Sum up a DataFrame from load_orders as a plain dict.

    ``{"rows": number of rows, "regions": sorted list of distinct regions,
    "total": sum of amount (a float), "busiest_month": "YYYY-MM" of the month with the
    highest total amount (None for no rows)}``
    """
    if orders.empty:
        return {"rows": 0, "regions": [], "total": 0.0, "busiest_month": None}
    by_month = orders.groupby(orders["date"].dt.strftime("%Y-%m"))["amount"].sum()
    return {
        "rows": len(orders),
        "regions": sorted(orders["region"].unique()),
        "total": float(orders["amount"].sum()),
        "busiest_month": by_month.idxmax(),
    }
