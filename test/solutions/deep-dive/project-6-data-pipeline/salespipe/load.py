"""Stage 1: read every CSV export in a folder into one DataFrame and describe it."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

#: The columns every export has, in this order.
COLUMNS = ["order_id", "date", "region", "product", "quantity", "unit_price"]


def load_sales(folder) -> pd.DataFrame:
    """Read every ``*.csv`` file in ``folder`` (in file-name order) into one DataFrame.

    Every value is read as text (``dtype=str``), so that nothing is guessed yet.
    A line with more fields than the header is skipped. A ``source`` column holds
    the file name each row came from, and the index runs 0, 1, 2, ... over all rows.
    """
    frames = []
    for path in sorted(Path(folder).glob("*.csv")):
        frame = pd.read_csv(path, dtype=str, on_bad_lines="skip")
        frame["source"] = path.name
        frames.append(frame)
    if not frames:
        return pd.DataFrame(columns=COLUMNS + ["source"])
    return pd.concat(frames, ignore_index=True)


def profile(frame: pd.DataFrame) -> dict:
    """Describe ``frame``: its row count, its columns and the missing values per column.

    Returns ``{"rows": 12, "columns": ["order_id", ...], "missing": {"order_id": 0, ...}}``
    with plain ``int`` counts and every column in ``missing``.
    """
    return {
        "rows": len(frame),
        "columns": list(frame.columns),
        "missing": {name: int(count) for name, count in frame.isna().sum().items()},
    }
