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
    # TODO
    raise NotImplementedError("clean_orders is not written yet")
