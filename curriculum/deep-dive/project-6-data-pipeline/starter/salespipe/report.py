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
    # Milestone 4
    raise NotImplementedError("write_report() is not written yet")
