"""Checks for the `streaming` milestone (week10/streaming.py)."""
from pymastery import call, expect, expect_equal, expect_flat_memory, learner_module, temp_folder

REGIONS = ["North", "South", "East", "West"]


def _rows(n):
    lines = ["order_id,region,amount,note"]
    for i in range(n):
        amount = -5 if i % 10 == 9 else i % 50 + 1
        lines.append("%d,%s,%d,order number %d" % (i, REGIONS[i % 4], amount, i))
    return "\n".join(lines) + "\n"


def _expected(n):
    totals = {}
    for i in range(n):
        if i % 10 != 9:
            totals[REGIONS[i % 4]] = totals.get(REGIONS[i % 4], 0.0) + (i % 50 + 1)
    return totals


def check_totals():
    """region_totals adds up each region, refunds left out"""
    module = learner_module()
    with temp_folder({"orders.csv": _rows(103)}) as folder:
        totals = call(module.region_totals, folder.path("orders.csv"), chunksize=10).value
    expect_equal(totals, _expected(103),
                 hint="Add each chunk's per-region sums into one dict; keep only rows with amount >= 0.")
    expect(all(type(v) is float for v in totals.values()),
           f"totals should be plain floats, got {sorted({type(v).__name__ for v in totals.values()})}",
           hint="Wrap each sum in float().")


def check_chunks_add_up():
    """the answer does not depend on the chunk size"""
    module = learner_module()
    with temp_folder({"orders.csv": _rows(57)}) as folder:
        for size in (1, 7, 1000):
            expect_equal(call(module.region_totals, folder.path("orders.csv"), chunksize=size).value,
                         _expected(57),
                         hint="A region appears in many chunks: add to its running total instead of "
                              "replacing it.")


def check_flat_memory():
    """memory stays flat for a file ten times as long"""
    module = learner_module()
    with temp_folder() as folder:

        def orders_file(n):
            return folder.write("orders-%d.csv" % n, _rows(n))

        expect_flat_memory(lambda path: module.region_totals(path, chunksize=2000), orders_file,
                           size=20_000,
                           hint="Loop over pd.read_csv(path, chunksize=chunksize): each chunk is a small "
                                "DataFrame. Reading the whole file first makes memory grow with it.")
