"""Stage 2: turn raw text rows into typed, trustworthy rows."""
from __future__ import annotations

import pandas as pd


def clean_sales(raw: pd.DataFrame):
    """Return ``(clean, report)`` for the raw rows of ``load_sales``; ``raw`` is left as it was.

    - text columns lose surrounding spaces; a missing region becomes ``"Unknown"``;
    - ``date`` becomes a datetime, ``quantity`` an int64 and ``unit_price`` a float64;
      a row where any of the three can't be read is dropped;
    - a row whose ``order_id`` was already seen is a duplicate and is dropped;
    - a ``revenue`` column holds ``quantity * unit_price``;
    - the index runs 0, 1, 2, ... again.

    ``report`` counts what happened: ``{"filled_region": n, "invalid": n, "duplicates": n}``.
    """
    frame = raw.copy()
    for name in ["order_id", "region", "product"]:
        frame[name] = frame[name].str.strip()
    missing_region = frame["region"].isna()
    frame.loc[missing_region, "region"] = "Unknown"

    frame["date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d", errors="coerce")
    frame["quantity"] = pd.to_numeric(frame["quantity"], errors="coerce")
    frame["unit_price"] = pd.to_numeric(frame["unit_price"], errors="coerce")
    invalid = frame[["date", "quantity", "unit_price"]].isna().any(axis=1)
    frame = frame[~invalid]

    duplicated = frame["order_id"].duplicated()
    frame = frame[~duplicated].copy()

    frame["quantity"] = frame["quantity"].astype("int64")
    frame["unit_price"] = frame["unit_price"].astype("float64")
    frame["revenue"] = frame["quantity"] * frame["unit_price"]
    report = {
        "filled_region": int(missing_region.sum()),
        "invalid": int(invalid.sum()),
        "duplicates": int(duplicated.sum()),
    }
    return frame.reset_index(drop=True), report
