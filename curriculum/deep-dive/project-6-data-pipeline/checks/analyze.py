"""Milestone: group, aggregate and pivot the clean rows (salespipe/analyze.py)."""
from pymastery import call, expect, expect_equal, learner_module

# (date, region, product, quantity, unit_price)
ORDERS = [
    ("2024-01-05", "North", "Kettle", 2, 24.0),
    ("2024-01-20", "South", "Mug", 10, 6.25),
    ("2024-02-02", "North", "Lamp", 1, 18.5),
    ("2024-02-11", "East", "Kettle", 3, 24.0),
    ("2024-02-28", "South", "Lamp", 4, 18.5),
    ("2024-03-01", "East", "Mug", 2, 6.25),
    ("2024-03-15", "North", "Tray", 5, 12.0),
]


def _sales():
    import pandas as pd

    frame = pd.DataFrame(ORDERS, columns=["date", "region", "product", "quantity", "unit_price"])
    frame.insert(0, "order_id", ["S%d" % n for n in range(len(frame))])
    frame["date"] = pd.to_datetime(frame["date"])
    frame["revenue"] = frame["quantity"] * frame["unit_price"]
    return frame


def _pairs(series):
    return [(str(label), round(float(value), 2)) for label, value in series.items()]


def check_revenue_by_region():
    """revenue_by_region totals the revenue per region, largest first"""
    analyze = learner_module()
    result = call(analyze.revenue_by_region, _sales()).value
    expect_equal(type(result).__name__, "Series",
                 hint="Select the one column after grouping: sales.groupby('region')['revenue'].")
    expect_equal(_pairs(result), [("South", 136.5), ("North", 126.5), ("East", 84.5)],
                 hint="Sum per region with groupby, then sort_values(ascending=False).")


def check_top_products():
    """top_products ranks products by revenue, with the units sold"""
    analyze = learner_module()
    table = call(analyze.top_products, _sales(), 2).value
    expect_equal(list(table.index), ["Kettle", "Lamp"],
                 hint="Group by product, sort by revenue, largest first, and keep n rows "
                      "with head(n).")
    expect("revenue" in table.columns and "units" in table.columns,
           "the table's columns are %s; expected 'revenue' and 'units'" % list(table.columns),
           hint="Named aggregation makes both at once: "
                ".agg(revenue=('revenue', 'sum'), units=('quantity', 'sum')).")
    expect_equal([round(float(v), 2) for v in table["revenue"]], [120.0, 92.5])
    expect_equal([int(v) for v in table["units"]], [5, 5],
                 hint="units is the sum of the quantity column per product.")
    expect_equal(len(call(analyze.top_products, _sales()).value), 3,
                 hint="Without n, three products come back.")


def check_monthly_revenue():
    """monthly_revenue totals each calendar month, oldest first, under 'YYYY-MM' labels"""
    analyze = learner_module()
    result = call(analyze.monthly_revenue, _sales()).value
    expect_equal(_pairs(result), [("2024-01", 110.5), ("2024-02", 164.5), ("2024-03", 72.5)],
                 hint="Group by sales['date'].dt.strftime('%Y-%m') (or dt.to_period('M') turned "
                      "into text), sum the revenue, then sort_index().")


def check_pivot_table():
    """region_month_table lays revenue out with a row per region and a column per month"""
    analyze = learner_module()
    table = call(analyze.region_month_table, _sales()).value
    expect_equal(list(table.index), ["East", "North", "South"],
                 hint="pivot_table sorts the rows for you: index='region'.")
    expect_equal([str(column) for column in table.columns], ["2024-01", "2024-02", "2024-03"],
                 hint="The columns are the 'YYYY-MM' months, as in monthly_revenue.")
    expect_equal([[round(float(v), 2) for v in row] for row in table.values.tolist()],
                 [[0.0, 72.0, 12.5], [48.0, 18.5, 60.0], [62.5, 74.0, 0.0]],
                 hint="aggfunc='sum' adds up the revenue in each cell; fill_value=0 fills the "
                      "cells with no sales.")
