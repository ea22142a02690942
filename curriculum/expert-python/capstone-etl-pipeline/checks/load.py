"""Checks for the `load` milestone: load in expert/etl/load.py."""
from pymastery import call, expect, expect_equal, expect_flat_memory, learner_module
from pymastery.track.etl_tools import CLEAN, REPORT, clean_records


def check_report():
    """the report counts, totals per user and finds the top product"""
    etl = learner_module()
    report = call(etl.load, iter(dict(r) for r in CLEAN)).value
    expect_equal(report, REPORT,
                 hint="Keep running values: a count, a total, a dict of totals per user, a dict of counts per product "
                      "and per event. Round only at the end.")
    expect_equal(list(report["by_user"]), ["U5", "U2", "U1"], hint="Sort users by total, largest first.")


def check_ties_and_empty():
    """ties are broken by name, and no records give an empty report"""
    etl = learner_module()
    records = [{"user_id": u, "event": "purchase", "product_id": p, "amount": 5.0, "net": 5.0}
               for u, p in (("bo", "P2"), ("al", "P1"), ("cy", "P2"), ("cy", "P1"))]
    report = call(etl.load, iter(records)).value
    expect(isinstance(report, dict) and isinstance(report.get("by_user"), dict) and "top_product" in report,
           "load returned %r" % (report,), hint="Return a dict with the five keys the docstring lists.")
    expect_equal(list(report["by_user"].items()), [("cy", 10.0), ("al", 5.0), ("bo", 5.0)],
                 hint="sorted(totals.items(), key=lambda item: (-item[1], item[0])) puts larger totals first and equal ones by name.")
    expect_equal(report["top_product"], ("P1", 2), hint="On a tie, the smallest product_id wins.")
    empty = call(etl.load, iter([])).value
    expect_equal(empty, {"records": 0, "net_revenue": 0.0, "by_user": {}, "top_product": None,
                         "events": {"purchase": 0, "refund": 0}},
                 hint="With no records there is no top product: None. Start both event counts at 0.")


def check_memory_stays_flat():
    """ten times the records need no more memory"""
    etl = learner_module()
    expect_flat_memory(etl.load, clean_records, size=10_000, factor=10,
                       hint="Loop over records once and update running values. list(records) or sum() over a "
                            "list comprehension keeps every record.")
