"""Stage 3, written with periods and nlargest."""
import pandas as pd


def revenue_by_region(sales):
    totals = {}
    for region, group in sales.groupby("region"):
        totals[region] = group["revenue"].sum()
    return pd.Series(totals).sort_values(ascending=False)


def top_products(sales, n=3):
    table = pd.DataFrame({
        "revenue": sales.groupby("product")["revenue"].sum(),
        "units": sales.groupby("product")["quantity"].sum(),
    })
    return table.nlargest(n, "revenue")


def _months(sales):
    return sales["date"].dt.to_period("M").astype(str)


def monthly_revenue(sales):
    return sales["revenue"].groupby(_months(sales)).sum()


def region_month_table(sales):
    table = sales.assign(month=_months(sales)).groupby(["region", "month"])["revenue"].sum()
    return table.unstack(fill_value=0.0).sort_index().sort_index(axis=1)
