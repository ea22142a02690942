"""Milestone: charts and a summary for the clean sales (salespipe/report.py, write_report)."""
import os

from pymastery import call, expect, expect_equal, learner_module, temp_folder

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# (date, region, product, quantity, unit_price)
ORDERS = [
    ("2024-01-05", "North", "Kettle", 20, 24.0),
    ("2024-01-20", "South", "Mug", 10, 6.25),
    ("2024-02-02", "North", "Lamp", 4, 18.5),
    ("2024-02-11", "South", "Lamp", 16, 18.5),
    ("2024-03-15", "North", "Tray", 1, 12.0),
]
SUMMARY = [
    "# Sales report",
    "",
    "Orders: 5",
    "Revenue: $924.50",
    "",
    "## Revenue by region",
    "- North: $566.00",
    "- South: $358.50",
    "",
    "## Top products",
    "1. Kettle: $480.00 (20 units)",
    "2. Lamp: $370.00 (20 units)",
    "3. Mug: $62.50 (10 units)",
]


def _sales(orders=ORDERS):
    import pandas as pd

    frame = pd.DataFrame(orders, columns=["date", "region", "product", "quantity", "unit_price"])
    frame.insert(0, "order_id", ["R%d" % n for n in range(len(frame))])
    frame["date"] = pd.to_datetime(frame["date"])
    frame["revenue"] = frame["quantity"] * frame["unit_price"]
    return frame


def check_writes_png_charts():
    """write_report saves both charts as real PNG files"""
    with temp_folder() as folder:
        report = learner_module()
        call(report.write_report, _sales(), folder.path("out/report"))
        for name in ["revenue_by_region.png", "monthly_revenue.png"]:
            data = folder.read_bytes("out/report/" + name)
            expect(data.startswith(PNG_SIGNATURE),
                   "%s does not start like a PNG file (%r)" % (name, data[:8]),
                   hint="figure.savefig(path) picks the format from the .png ending.")
            expect(len(data) > 1000, "%s is only %d bytes: is anything drawn?" % (name, len(data)),
                   hint="Draw the bars with axes.bar(labels, values) before saving.")


def check_returns_the_paths():
    """write_report returns the two charts and the summary, in that order"""
    with temp_folder() as folder:
        report = learner_module()
        paths = call(report.write_report, _sales(), folder.path("report")).value
        expect_equal([os.path.basename(str(path)) for path in paths or []],
                     ["revenue_by_region.png", "monthly_revenue.png", "summary.md"],
                     hint="Return a list of the three paths you wrote.")
        expect(all(os.path.isabs(str(path)) or os.path.exists(str(path)) for path in paths),
               "the paths returned don't lead to the files",
               hint="Build each path from out_dir: Path(out_dir) / 'summary.md'.")


def check_closes_its_figures():
    """Every figure is closed once saved, so a long run doesn't pile them up"""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.close("all")
    with temp_folder() as folder:
        report = learner_module()
        call(report.write_report, _sales(), folder.path("report"))
    open_figures = plt.get_fignums()
    expect_equal(len(open_figures), 0,
                 hint="pyplot keeps every figure alive until plt.close(figure) is called; close "
                      "each one after savefig (a try/finally keeps that true when saving fails).")


def check_summary():
    """summary.md gives the order count, the revenue, the regions and the top products"""
    with temp_folder() as folder:
        report = learner_module()
        call(report.write_report, _sales(), folder.path("report"))
        lines = folder.read_text("report/summary.md").splitlines()
    expect_equal(lines, SUMMARY,
                 hint="Build a list of lines and join it with '\\n'. The regions come from "
                      "revenue_by_region, the products from top_products(sales, 3), and every "
                      "amount goes through money().")


def check_summary_follows_the_data():
    """The summary is worked out from the data it is given"""
    orders = [("2024-05-01", "West", "Teapot", 1, 32.0), ("2024-05-02", "East", "Mug", 2, 6.25)]
    with temp_folder() as folder:
        report = learner_module()
        call(report.write_report, _sales(orders), folder.path("report"))
        lines = folder.read_text("report/summary.md").splitlines()
    expect_equal(lines[2:4], ["Orders: 2", "Revenue: $44.50"])
    expect_equal([line for line in lines if line.startswith("- ")],
                 ["- West: $32.00", "- East: $12.50"])
    expect_equal([line for line in lines if line[:1].isdigit()],
                 ["1. Teapot: $32.00 (1 units)", "2. Mug: $12.50 (2 units)"],
                 hint="With fewer than three products, list the ones there are.")
