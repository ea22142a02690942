"""Week 10: cleaning messy data."""
import pandas as pd


def clean_orders(raw):
    """Return a cleaned copy of ``raw``, a DataFrame read from a messy export.

    ``raw`` has the columns ``order_id``, ``date``, ``region`` and ``amount``, all as text
    (some cells missing). The result:

    - ``region``: spaces trimmed and in title case (" north " -> "North");
    - ``amount``: a float, with "$" and thousands commas removed ("$1,250.5" -> 1250.5);
    - ``date``: datetimes;
    - ``order_id``: whole numbers;
    - rows whose order_id, date or amount is missing or cannot be read are dropped;
    - when an order_id appears more than once, only its first row is kept;
    - the index is 0, 1, 2, ... again.

    ``raw`` itself is left unchanged.
    """
    orders = raw.copy()
    orders["region"] = orders["region"].fillna("").astype(str).str.strip().str.title()
    amount = orders["amount"].astype(str).str.replace(r"[$,\s]", "", regex=True)
    orders["amount"] = pd.to_numeric(amount, errors="coerce")
    orders["date"] = pd.to_datetime(orders["date"], errors="coerce")
    orders["order_id"] = pd.to_numeric(orders["order_id"], errors="coerce")
    orders = orders.dropna(subset=["order_id", "date", "amount"])
    orders["order_id"] = orders["order_id"].astype(int)
    orders = orders.drop_duplicates(subset="order_id", keep="first")
    return orders.reset_index(drop=True)
