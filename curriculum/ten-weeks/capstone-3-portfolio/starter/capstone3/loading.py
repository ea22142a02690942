"""Capstone 3, step 1: load daily closing prices from a CSV file, skipping bad rows."""
import pandas as pd


def load_prices(path):
    """Read the CSV file at ``path``, with the columns ``date,ticker,close``, and return
    ``(prices, bad_rows)``.

    ``prices`` is a DataFrame with one row per date (a sorted DatetimeIndex) and one float
    column per ticker (in A to Z order); a ticker with no price on a date has NaN there.
    ``bad_rows`` is how many data rows were left out because the date is not a date
    (YYYY-MM-DD), the ticker is empty, or the close is missing, not a number, or not above 0.
    When one ticker has two rows for a date, the later row wins.
    """
    # TODO
    raise NotImplementedError("load_prices is not written yet")
