"""Checks for the `portfolio-report` milestone (capstone3/report.py). Needs pandas and matplotlib."""
import pandas as pd

from pymastery import call, expect, expect_equal, expect_in, learner_module, run_script, temp_folder

CSV = ("date,ticker,close\n"
       "2024-01-01,AAA,100\n2024-01-01,BBB,50\n"
       "2024-01-02,AAA,110\n2024-01-02,BBB,not-a-price\n"
       "2024-01-03,AAA,88\n2024-01-03,BBB,45\n"
       "2024-01-04,AAA,112.5\n2024-01-04,BBB,48\n"
       "2024-01-02,CCC,20\n2024-01-03,CCC,22\n2024-01-04,CCC,25\n"
       "2024-02-30,AAA,5\n")
PNG = b"\x89PNG\r\n\x1a\n"


def check_plot():
    """plot_prices saves a PNG chart"""
    prices = pd.DataFrame({"AAA": [1.0, 2.0, 1.5], "BBB": [3.0, None, 4.0]},
                          index=pd.date_range("2024-01-01", periods=3))
    with temp_folder() as folder:
        call(learner_module().plot_prices, prices, folder.path("chart.png"))
        data = folder.read_bytes("chart.png")
    expect(data.startswith(PNG) and len(data) > 2000,
           "chart.png should be a PNG image (it starts with %r)" % data[:8],
           hint="figure.savefig(path, format=\"png\"), with matplotlib's Agg backend.")


def check_report():
    """build_report writes report.txt and prices.png and returns the text"""
    with temp_folder({"prices.csv": CSV}) as folder:
        text = call(learner_module().build_report, folder.path("prices.csv"),
                    folder.path("out")).value
        expect(folder.exists("out/prices.png"), "out/prices.png was not written",
               hint="Make the folder with os.makedirs(out_folder, exist_ok=True) first.")
        written = folder.read_text("out/report.txt")
    lines = text.strip().splitlines()
    expect_equal(len(lines), 4, hint="One line per ticker, then the line about bad rows.")
    expect(lines[0].startswith("AAA: return 12.50%,"),
           "the AAA line is %r; AAA went from 100 to 112.5, a return of 12.50%%" % lines[0],
           hint="Total return: last price / first price - 1, shown with \"%.2f%%\" of it times 100.")
    expect_in("max drawdown -20.00%", lines[0],
              hint="AAA fell from 110 to 88: a drawdown of -20.00%.")
    expect(lines[1].startswith("BBB: return -4.00%,"),
           "the BBB line is %r; BBB went from 50 to 48 (its bad row skipped)" % lines[1],
           hint="Drop NaN before taking a ticker's first and last price.")
    expect(lines[2].startswith("CCC: return 25.00%,"),
           "the CCC line is %r; CCC's prices start on 2024-01-02 at 20 and end at 25" % lines[2],
           hint="Drop NaN before taking a ticker's first and last price.")
    expect_equal(lines[3], "skipped 2 bad rows")
    expect_equal(written.strip(), text.strip(), hint="report.txt holds the same text you return.")
    vol = (pd.Series([110 / 100, 88 / 110, 112.5 / 88]) - 1).std() * 252 ** 0.5 * 100
    expect_in("volatility %.2f%%" % vol, lines[0],
              hint="Volatility comes from annual_volatility(daily_returns(prices)).")


def check_command_line():
    """python report.py CSV OUT prints the report"""
    with temp_folder({"prices.csv": CSV}) as folder:
        run = run_script(argv=[folder.path("prices.csv"), folder.path("out")])
        expect_in("skipped 2 bad rows", run.stdout)
        expect(folder.exists("out/report.txt"), "report.txt should be written")
