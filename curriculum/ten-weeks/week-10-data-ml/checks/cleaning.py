"""Checks for the `cleaning` milestone (week10/cleaning.py)."""
from pymastery import call, expect, expect_equal, learner_module


def _raw():
    import pandas as pd
    return pd.DataFrame({
        "order_id": ["1", "2", "2", "3", None, "5", "6", "7"],
        "date": ["2024-01-05", "2024-01-06", "2024-01-07", "2024-01-08", "2024-01-09",
                 "not a date", "2024-01-11", "2024-01-12"],
        "region": [" north", "SOUTH ", "south", "east", "North", "West", None, "north west"],
        "amount": ["$1,250.5", "80", "99", "n/a", "10", "20", "7.25", " $3 "],
    }, dtype=object)


def check_cleans_the_values():
    """regions are tidy and amounts are numbers"""
    module = learner_module()
    cleaned = call(module.clean_orders, _raw()).value
    expect(1250.5 in list(cleaned["amount"]),
           f"amounts after cleaning: {list(cleaned['amount'])}; \"$1,250.5\" should become 1250.5",
           hint="Remove \"$\", \",\" and spaces with .str.replace, then pd.to_numeric(..., errors=\"coerce\").")
    expect_equal(list(cleaned["region"])[:2], ["North", "South"],
                 hint="Chain .str.strip().str.title() on the region column.")


def check_drops_bad_rows():
    """rows that cannot be read and repeated order ids are dropped"""
    import pandas as pd
    module = learner_module()
    cleaned = call(module.clean_orders, _raw()).value
    expect_equal(list(cleaned["order_id"]), [1, 2, 6, 7],
                 hint="Drop rows whose order_id, date or amount became missing (dropna with subset=), "
                      "then drop_duplicates(subset=\"order_id\") keeps the first of each.")
    expect_equal(list(cleaned["amount"]), [1250.5, 80.0, 7.25, 3.0])
    expect_equal(list(cleaned["region"]), ["North", "South", "", "North West"],
                 hint="A missing region stays as empty text: fillna(\"\") before the string methods.")
    expect_equal(list(cleaned.index), [0, 1, 2, 3], hint="Finish with reset_index(drop=True).")
    expect(pd.api.types.is_datetime64_any_dtype(cleaned["date"]),
           f"date has dtype {cleaned['date'].dtype}, not datetimes",
           hint="pd.to_datetime(column, errors=\"coerce\") turns unreadable dates into NaT.")
    expect(pd.api.types.is_integer_dtype(cleaned["order_id"]),
           f"order_id has dtype {cleaned['order_id'].dtype}, not whole numbers",
           hint="Convert with astype(int) after the missing ids are gone.")


def check_leaves_the_input_alone():
    """clean_orders does not change the DataFrame it is given"""
    module = learner_module()
    raw = _raw()
    before = raw.copy()
    call(module.clean_orders, raw)
    expect(raw.equals(before), "clean_orders changed the DataFrame passed in",
           hint="Start with raw.copy() and work on the copy.")
