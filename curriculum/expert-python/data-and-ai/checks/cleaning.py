"""Checks for the `clean-orders` milestone: clean_orders and revenue_by_country in expert/data/cleaning.py."""
from pymastery import call, expect, expect_equal, learner_module

ROWS = [
    (101, " Ada ", "ADA@Example.org ", "12.50", "uk"),
    (102, "Linus", "linus@example.org", " 7 ", "fi"),
    (103, "   ", "ghost@example.org", "5", "uk"),
    (104, "Grace", "grace@example.org", "n/a", "us"),
    (101, "Ada", "ada@example.org", "99", "uk"),
    (105, None, "nobody@example.org", "3", "us"),
    (106, "Guido", " Guido@Example.ORG", "30.25", "NL"),
    (107, "Barbara", "barbara@example.org", "", "us"),
    (108, "Ken", "ken@example.org", "1e1", "us"),
]


def _orders():
    import pandas as pd

    return pd.DataFrame(ROWS, columns=["order_id", "customer", "email", "amount", "country"])


def _cleaned():
    cleaning = learner_module()
    return call(cleaning.clean_orders, _orders()).value


def check_keeps_the_right_rows():
    """blank customers, amounts that are not numbers and repeated order ids are dropped"""
    result = _cleaned()
    expect_equal(list(result["order_id"]), [101, 102, 106, 108],
                 hint="pd.to_numeric(..., errors=\"coerce\") turns \"n/a\" and \"\" into NaN, which dropna then removes; "
                      "a customer of only spaces is empty once stripped; drop_duplicates(\"order_id\") keeps the first.")


def check_tidies_the_values():
    """names and emails are stripped, emails lower-case, countries upper-case, amounts floats"""
    result = _cleaned()
    expect_equal(list(result["customer"]), ["Ada", "Linus", "Guido", "Ken"], hint="The .str accessor works on a whole column: .str.strip().")
    expect_equal(list(result["email"]), ["ada@example.org", "linus@example.org", "guido@example.org", "ken@example.org"],
                 hint=".str.strip().str.lower()")
    expect_equal(list(result["country"]), ["UK", "FI", "NL", "US"])
    expect_equal([float(x) for x in result["amount"]], [12.5, 7.0, 30.25, 10.0])
    expect(str(result["amount"].dtype).startswith("float"), "amount has the dtype %s" % result["amount"].dtype,
           hint="Convert the column itself, so pandas stores it as float64, not as objects.")


def check_fresh_index_and_input_untouched():
    """the result is indexed 0..n-1 and the input frame is unchanged"""
    cleaning = learner_module()
    orders = _orders()
    before = orders.copy()
    result = call(cleaning.clean_orders, orders).value
    expect_equal(list(result.index), list(range(len(result))), hint="reset_index(drop=True) at the end.")
    expect(orders.equals(before), "clean_orders changed the frame it was given",
           hint="Start from orders.copy(), or build new columns with assign(); writing into the caller's frame surprises them.")


def check_revenue_by_country():
    """revenue_by_country sums per country, largest first"""
    cleaning = learner_module()
    import pandas as pd

    frame = pd.DataFrame({"order_id": [1, 2, 3, 4], "customer": ["a", "b", "c", "d"],
                          "email": ["a@x", "b@x", "c@x", "d@x"], "amount": [0.1, 5.0, 20.0, 0.2],
                          "country": ["UK", "FI", "FI", "UK"]})
    result = call(cleaning.revenue_by_country, frame).value
    expect_equal(list(result.items()) if isinstance(result, dict) else result, [("FI", 25.0), ("UK", 0.3)],
                 hint="frame.groupby(\"country\")[\"amount\"].sum(), then sort_values(ascending=False), round(2) and to_dict().")
