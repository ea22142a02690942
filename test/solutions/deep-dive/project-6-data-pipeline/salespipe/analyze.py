"""Stage 3: the numbers the report is about."""
from __future__ import annotations

import pandas as pd


def revenue_by_region(sales: pd.DataFrame) -> pd.Series:
    """Total revenue per region, largest first (a Series indexed by region)."""
    return sales.groupby("region")["revenue"].sum().sort_values(ascending=False)


def top_products(sales: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The ``n`` products with the most revenue, largest first.

    Indexed by product, with the columns ``revenue`` (a float) and ``units`` (the
    quantity sold, an int).
    """
    table = sales.groupby("product").agg(revenue=("revenue", "sum"), units=("quantity", "sum"))
    return table.sort_values("revenue", ascending=False).head(n)


def monthly_revenue(sales: pd.DataFrame) -> pd.Series:
    """Revenue per calendar month, oldest first, indexed by ``"YYYY-MM"`` strings."""
    months = sales["date"].dt.strftime("%Y-%m")
    return sales.groupby(months)["revenue"].sum().sort_index()


def region_month_table(sales: pd.DataFrame) -> pd.DataFrame:
    """Revenue with one row per region and one column per ``"YYYY-MM"`` month; 0.0 where none.

    Rows are sorted by region and columns by month.
    """
    months = sales["date"].dt.strftime("%Y-%m")
    return sales.pivot_table(index="region", columns=months, values="revenue",
                             aggfunc="sum", fill_value=0.0)
