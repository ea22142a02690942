"""Stage 2: turn raw text rows into typed, trustworthy rows."""
from __future__ import annotations

import pandas as pd


def clean_sales(raw: pd.DataFrame):
    """Return ``(clean, report)`` for the raw rows of ``load_sales``; ``raw`` is left as it was.

    - text columns (``order_id``, ``region``, ``product``) lose surrounding spaces;
      a missing or blank region becomes ``"Unknown"``;
    - ``date`` (written ``YYYY-MM-DD``) becomes a datetime, ``quantity`` an int64 and
      ``unit_price`` a float64; a row where any of the three can't be read is dropped;
    - a row whose ``order_id`` was already seen is a duplicate and is dropped (the first stays);
    - a ``revenue`` column holds ``quantity * unit_price``;
    - the index runs 0, 1, 2, ... again.

    ``report`` counts what happened: ``{"filled_region": n, "invalid": n, "duplicates": n}``.
    """
    # Milestone 2: work on a copy; pd.to_numeric and pd.to_datetime can turn bad text into NaN.
    raise NotImplementedError("clean_sales() is not written yet")
