"""Capstone 3, step 3: a chart and a text report.

    python capstone3/report.py prices.csv OUT_FOLDER
"""
import os
import sys

import matplotlib

matplotlib.use("Agg")          # draw to files; no window needed
import matplotlib.pyplot as plt  # noqa: E402

from loading import load_prices  # noqa: E402
from metrics import annual_volatility, daily_returns, max_drawdown  # noqa: E402


def plot_prices(prices, path):
    """Draw every column of ``prices`` as a line, divided by its first price so that all start
    at 1.0, with a legend of the tickers, and save the chart as a PNG at ``path``. Close the figure."""
    # TODO
    raise NotImplementedError("plot_prices is not written yet")


def build_report(csv_path, out_folder):
    """Load ``csv_path``, write ``prices.png`` and ``report.txt`` into ``out_folder`` (making it if
    needed), and return the report's text.

    The report has one line per ticker, A to Z, with its total return (last price / first price
    - 1, both ignoring NaN), annual volatility and maximum drawdown as percentages with two
    decimals, and then a last line saying how many bad rows were skipped::

        AAA: return 12.50%, volatility 20.08%, max drawdown -4.00%
        BBB: return -3.10%, volatility 8.94%, max drawdown -7.25%
        skipped 2 bad rows
    """
    # TODO
    raise NotImplementedError("build_report is not written yet")


if __name__ == "__main__":
    print(build_report(sys.argv[1], sys.argv[2]))
