"""Week 10: a streaming pipeline over a CSV too big to load."""
import pandas as pd


def region_totals(path, chunksize=10_000):
    """Total the ``amount`` column of the CSV at ``path`` per ``region``.

    Read the file ``chunksize`` rows at a time (never all at once), so that memory stays
    flat however long the file is. Rows with a negative amount are refunds: leave them out.
    Return a dict ``{region: total}`` with float totals.
    """
    totals = {}
    for chunk in pd.read_csv(path, chunksize=chunksize, usecols=["region", "amount"]):
        sales = chunk[chunk["amount"] >= 0]
        for region, total in sales.groupby("region")["amount"].sum().items():
            totals[region] = totals.get(region, 0.0) + float(total)
    return totals
