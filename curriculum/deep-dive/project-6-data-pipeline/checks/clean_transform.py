"""Milestone: clean the raw rows (salespipe/clean.py, clean_sales)."""
from pymastery import call, expect, expect_equal, learner_module

COLUMNS = ["order_id", "date", "region", "product", "quantity", "unit_price", "source"]
ROWS = [
    ["A1", "2024-01-03", "North", "Kettle", "2", "24.00", "jan.csv"],
    ["A2", "2024-01-09", None, "Lamp", "1", "18.50", "jan.csv"],
    ["A3", "2024-01-12", "  South ", " Mug", "4", "6.25", "jan.csv"],
    ["A4", "2024-01-31", "East", "Tray", "n/a", "12.00", "jan.csv"],
    ["A5", "2024-02-30", "East", "Tray", "1", "12.00", "feb.csv"],
    ["A6", "2024-02-02", "West", "Teapot", "1", "", "feb.csv"],
    ["A1", "2024-01-03", "North", "Kettle", "2", "24.00", "feb.csv"],
    ["B1", "2024-02-14", "   ", "Kettle", "3", "24.00", "feb.csv"],
]


def _raw():
    import pandas as pd

    return pd.DataFrame(ROWS, columns=COLUMNS)


def _clean():
    clean = learner_module()
    result = call(clean.clean_sales, _raw()).value
    expect(isinstance(result, tuple) and len(result) == 2,
           "clean_sales returned %r, expected a (DataFrame, report) pair" % type(result).__name__,
           hint="End with `return frame, report`.")
    return result


def check_keeps_the_good_rows():
    """Unreadable rows and repeated orders are dropped, the rest kept in order"""
    sales, _ = _clean()
    expect_equal(list(sales["order_id"]), ["A1", "A2", "A3", "B1"],
                 hint="Drop a row when its date, quantity or price can't be read (A4: 'n/a', "
                      "A5: 30 February, A6: no price), then drop repeated order ids with "
                      "duplicated(), which keeps the first.")
    expect_equal(list(sales.index), [0, 1, 2, 3], hint="Finish with reset_index(drop=True).")


def check_fixes_the_text():
    """Spaces are stripped and a missing or blank region becomes 'Unknown'"""
    sales, _ = _clean()
    expect_equal(list(sales["region"]), ["North", "Unknown", "South", "Unknown"],
                 hint="Strip the text columns with .str.strip(); then a region that is missing "
                      "(isna()) or empty becomes 'Unknown'.")
    expect_equal(list(sales["product"]), ["Kettle", "Lamp", "Mug", "Kettle"],
                 hint="Strip the product column too.")


def check_types():
    """Dates, quantities and prices get real types, and revenue is their product"""
    import pandas as pd

    sales, _ = _clean()
    expect(pd.api.types.is_datetime64_any_dtype(sales["date"]),
           "the date column has dtype %s, not datetime64" % sales["date"].dtype,
           hint="pd.to_datetime(column, format='%Y-%m-%d', errors='coerce') turns 30 February "
                "into NaT instead of raising.")
    expect_equal(str(sales["quantity"].dtype), "int64",
                 hint="pd.to_numeric(..., errors='coerce') gives floats while NaN is possible; "
                      "once the bad rows are gone, .astype('int64').")
    expect_equal(str(sales["unit_price"].dtype), "float64")
    expect_equal([round(value, 2) for value in sales["revenue"]], [48.0, 18.5, 25.0, 72.0],
                 hint="revenue = quantity * unit_price, one vectorised multiplication.")
    expect_equal(str(sales["date"][3].date()), "2024-02-14")


def check_report():
    """The report counts the filled regions, the unreadable rows and the duplicates"""
    _, report = _clean()
    expect_equal(report, {"filled_region": 2, "invalid": 3, "duplicates": 1},
                 hint="Count with the boolean masks you filter by: mask.sum() is the number "
                      "of True values (make it an int).")


def check_leaves_the_input_alone():
    """The raw DataFrame is not changed"""
    clean = learner_module()
    raw = _raw()
    before = raw.copy()
    call(clean.clean_sales, raw)
    expect(raw.equals(before), "clean_sales changed the DataFrame it was given",
           hint="Start with frame = raw.copy() and change only the copy.")
