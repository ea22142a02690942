"""Stage 3: the numbers the report is about. Every function takes the clean DataFrame."""
from __future__ import annotations

import pandas as pd


def revenue_by_region(sales: pd.DataFrame) -> pd.Series:
    """Total revenue per region, largest first (a Series indexed by region)."""
    # Milestone 3
    raise NotImplementedError("revenue_by_region() is not written yet")


def top_products(sales: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The ``n`` products with the most revenue, largest first.

    Indexed by product, with the columns ``revenue`` (a float) and ``units`` (the
    quantity sold, an int).
    """
    # Milestone 3
    raise NotImplementedError("top_products() is not written yet")


def monthly_revenue(sales: pd.DataFrame) -> pd.Series:
    """Revenue per calendar month, oldest first, indexed by ``"YYYY-MM"`` strings."""
    # Milestone 3
    raise NotImplementedError("monthly_revenue() is not written yet")


def region_month_table(sales: pd.DataFrame) -> pd.DataFrame:
    """Revenue with one row per region and one column per ``"YYYY-MM"`` month; 0.0 where none.

    Rows are sorted by region and columns by month.
    """
    # Milestone 3
    raise NotImplementedError("region_month_table() is not written yet")
