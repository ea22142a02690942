"""Stage 4: charts and a written summary in an output folder."""
from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # draw into files, never into a window
import matplotlib.pyplot as plt  # noqa: E402

from salespipe.analyze import monthly_revenue, revenue_by_region, top_products  # noqa: E402


def money(amount: float) -> str:
    """``1234.5`` as ``"$1,234.50"``."""
    return f"${amount:,.2f}"


def _bar_chart(series, title, path):
    figure, axes = plt.subplots(figsize=(6, 4))
    try:
        axes.bar([str(label) for label in series.index], series.values)
        axes.set_title(title)
        axes.set_ylabel("revenue ($)")
        figure.tight_layout()
        figure.savefig(path)
    finally:
        pass


def write_report(sales, out_dir) -> list:
    """Write the charts and ``summary.md`` for clean ``sales`` into ``out_dir``.

    Makes ``out_dir`` if needed and writes ``revenue_by_region.png`` (a bar per region),
    ``monthly_revenue.png`` (a bar or point per month) and ``summary.md``; returns the
    three paths, in that order. Every figure is closed once saved. ``summary.md`` reads:

        # Sales report

        Orders: 5
        Revenue: $924.50

        ## Revenue by region
        - North: $566.00
        - South: $358.50

        ## Top products
        1. Kettle: $480.00 (20 units)
        2. Lamp: $370.00 (20 units)
        3. Mug: $62.50 (10 units)

    with regions and products largest first, as ``revenue_by_region`` and
    ``top_products(sales, 3)`` give them, and amounts written with ``money()``.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    by_region = revenue_by_region(sales)
    region_png = out / "revenue_by_region.png"
    month_png = out / "monthly_revenue.png"
    _bar_chart(by_region, "Revenue by region", region_png)
    _bar_chart(monthly_revenue(sales), "Revenue by month", month_png)

    lines = ["# Sales report", "", f"Orders: {len(sales)}",
             f"Revenue: {money(sales['revenue'].sum())}", "", "## Revenue by region"]
    lines += [f"- {region}: {money(amount)}" for region, amount in by_region.items()]
    lines += ["", "## Top products"]
    for rank, (product, row) in enumerate(top_products(sales, 3).iterrows(), start=1):
        lines.append(f"{rank}. {product}: {money(row['revenue'])} ({int(row['units'])} units)")
    summary = out / "summary.md"
    summary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [region_png, month_png, summary]
