"""Checks for the `portfolio-load` milestone (capstone3/loading.py). Needs pandas."""
import math

from pymastery import call, expect, expect_equal, learner_module, temp_folder

CLEAN = ("date,ticker,close\n"
         "2024-01-03,BBB,50\n2024-01-02,AAA,100\n2024-01-02,BBB,48\n"
         "2024-01-03,AAA,101.5\n2024-01-04,AAA,99\n")

MESSY = ("date,ticker,close\n"
         "2024-01-02,AAA,100\n"
         "2024-13-45,AAA,101\n"       # not a date
         "2024-01-03,AAA,n/a\n"       # not a number
         "2024-01-03,AAA,-4\n"        # not above 0
         "2024-01-04,,10\n"           # no ticker
         "2024-01-05,AAA,\n"          # no close
         "yesterday,AAA,7\n"          # not a date
         "2024-01-03,AAA,102\n"
         "2024-01-04,AAA,103\n2024-01-04,AAA,104\n")   # the later row wins


def _load(text):
    with temp_folder({"prices.csv": text}) as folder:
        return call(learner_module().load_prices, folder.path("prices.csv")).value


def check_shape():
    """one row per date and one column per ticker"""
    prices, bad = _load(CLEAN)
    expect_equal([str(d.date()) for d in prices.index], ["2024-01-02", "2024-01-03", "2024-01-04"],
                 hint="Parse the dates with pd.to_datetime, pivot to date x ticker and sort_index().")
    expect_equal(list(prices.columns), ["AAA", "BBB"])
    expect_equal(float(prices.loc["2024-01-03", "AAA"]), 101.5)
    expect(math.isnan(prices.loc["2024-01-04", "BBB"]),
           "BBB has no price on 2024-01-04, so that cell should be NaN")
    expect_equal(bad, 0)
    expect_equal(str(prices["AAA"].dtype), "float64", hint="Prices are floats.")


def check_bad_rows():
    """bad rows are skipped and counted, and the later duplicate wins"""
    prices, bad = _load(MESSY)
    expect_equal(bad, 6,
                 hint="Read every column as text, turn dates and closes into values with "
                      "errors=\"coerce\" (bad ones become NaT/NaN), and count the rows you drop.")
    expect_equal([float(x) for x in prices["AAA"]], [100.0, 102.0, 104.0],
                 hint="drop_duplicates(subset=[\"date\", \"ticker\"], keep=\"last\") keeps the later row.")
