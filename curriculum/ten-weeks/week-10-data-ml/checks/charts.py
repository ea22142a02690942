"""Checks for the `bar-chart` milestone (week10/charts.py)."""
import os

os.environ.setdefault("MPLBACKEND", "Agg")

from pymastery import call, expect, expect_equal, learner_module, temp_folder  # noqa: E402


def check_saves_a_png():
    """save_bar_chart writes a PNG file"""
    module = learner_module()
    with temp_folder() as folder:
        path = folder.path("chart.png")
        call(module.save_bar_chart, {"North": 3, "South": 5}, path)
        expect(os.path.exists(path), "no file was written at the path given",
               hint="figure.savefig(path) writes the picture.")
        with open(path, "rb") as file:
            expect_equal(file.read(8), b"\x89PNG\r\n\x1a\n", message="the file is not a PNG image",
                         hint="A path ending in .png makes savefig write PNG.")


def check_draws_the_bars():
    """one bar per label, sorted, with the right heights, title and axis label"""
    module = learner_module()
    with temp_folder() as folder:
        figure = call(module.save_bar_chart, {"West": 2.5, "East": 4, "North": 1}, folder.path("c.png"),
                      title="Totals").value
    expect(hasattr(figure, "axes") and figure.axes, f"save_bar_chart returned {figure!r}, not a Figure",
           hint="plt.subplots() gives (figure, axes); return the figure.")
    axes = figure.axes[0]
    bars = [patch for patch in axes.patches if hasattr(patch, "get_height")]
    expect_equal([round(bar.get_height(), 6) for bar in bars], [4, 1, 2.5],
                 hint="Sort the labels, then axes.bar(labels, [totals[l] for l in labels]).")
    expect_equal([tick.get_text() for tick in axes.get_xticklabels()], ["East", "North", "West"])
    expect_equal(axes.get_title(), "Totals", hint="axes.set_title(title)")
    expect_equal(axes.get_ylabel(), "amount", hint="axes.set_ylabel(\"amount\")")
