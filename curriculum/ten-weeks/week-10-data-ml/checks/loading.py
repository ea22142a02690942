"""Checks for the `csv-to-dataframe` milestone (week10/loading.py)."""
from pymastery import call, expect, expect_equal, learner_module, temp_folder

ORDERS = """order_id,date,region,amount
1,2024-01-05,North,120
2,2024-01-20,South,80.5
3,2024-02-02,North,300
4,2024-02-14,East,15
5,2024-03-01,South,40
"""


def _load(text=ORDERS):
    module = learner_module()
    with temp_folder({"orders.csv": text}) as folder:
        return module, call(module.load_orders, folder.path("orders.csv")).value


def check_reads_the_rows():
    """load_orders returns a DataFrame with the file's rows and columns"""
    import pandas as pd
    _, orders = _load()
    expect(isinstance(orders, pd.DataFrame), f"load_orders returned {type(orders).__name__}, not a DataFrame",
           hint="pd.read_csv(path) returns a DataFrame.")
    expect_equal(list(orders.columns), ["order_id", "date", "region", "amount"])
    expect_equal(len(orders), 5)
    expect_equal(list(orders.index), [0, 1, 2, 3, 4], hint="Keep the default index; don't set order_id as index.")
    expect_equal(list(orders["region"]), ["North", "South", "North", "East", "South"])


def check_column_types():
    """dates are datetimes and amounts are floats"""
    import pandas as pd
    _, orders = _load()
    expect(pd.api.types.is_datetime64_any_dtype(orders["date"]),
           f"the date column has dtype {orders['date'].dtype}, not a datetime",
           hint="read_csv leaves dates as text unless you pass parse_dates=[\"date\"].")
    expect(pd.api.types.is_float_dtype(orders["amount"]),
           f"the amount column has dtype {orders['amount'].dtype}, not float",
           hint="Convert the column with .astype(float); 120 alone would be read as a whole number.")
    expect(pd.api.types.is_integer_dtype(orders["order_id"]),
           f"the order_id column has dtype {orders['order_id'].dtype}, not whole numbers")
    expect_equal(orders["date"].iloc[2], pd.Timestamp("2024-02-02"))


def check_describe():
    """describe_orders sums the table up"""
    module, orders = _load()
    summary = call(module.describe_orders, orders).value
    expect_equal(summary, {"rows": 5, "regions": ["East", "North", "South"], "total": 555.5,
                           "busiest_month": "2024-02"},
                 hint="Group the amounts by month (orders[\"date\"].dt.strftime(\"%Y-%m\")), sum them "
                      "and take the label of the biggest with idxmax().")
    expect(isinstance(summary["total"], float), f"total is a {type(summary['total']).__name__}, not a float",
           hint="Wrap the sum in float(): numpy numbers are not plain floats.")


def check_empty_file():
    """a file with only a header gives an empty summary"""
    module, orders = _load("order_id,date,region,amount\n")
    expect_equal(len(orders), 0)
    expect_equal(call(module.describe_orders, orders).value,
                 {"rows": 0, "regions": [], "total": 0.0, "busiest_month": None},
                 hint="Check orders.empty first and return the empty summary.")
