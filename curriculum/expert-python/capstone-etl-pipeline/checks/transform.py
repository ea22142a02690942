"""Checks for the `transform` milestone: transform in expert/etl/transform.py."""
import csv
import io

from pymastery import call, expect, expect_equal, learner_module
from pymastery.track.etl_tools import BAD_LINES, CLEAN, SAMPLE


def _rows():
    """(line, row) pairs of the sample file, as a correct extract yields them."""
    reader = csv.DictReader(io.StringIO(SAMPLE))
    for row in reader:
        yield reader.line_num, row


def _run():
    etl = learner_module()
    bad = []
    records = list(call(etl.transform, _rows(), bad).value)
    return etl, records, bad


def check_clean_records():
    """usable rows become clean records with a float amount and a signed net"""
    _, records, _ = _run()
    expect_equal(records, CLEAN,
                 hint="Strip the text fields, lower-case the event, float() the amount, and make net negative for a refund.")


def check_bad_rows_are_reported():
    """every bad row is reported with its line and a reason naming the field, and the rest go on"""
    etl, records, bad = _run()
    expect_equal([getattr(b, "line", b) for b in bad], sorted(BAD_LINES),
                 hint="For each row you skip, append BadRow(line_number, reason) to bad_rows, then `continue`.")
    for item in bad:
        expect(isinstance(item, etl.BadRow), "bad_rows holds %r, not a BadRow" % (item,))
        word = BAD_LINES[item.line]
        expect(word in item.reason, "line %d is reported as %r, which does not mention %s" % (item.line, item.reason, word),
               hint="Name what is wrong: \"missing amount\", \"unknown event 'gift'\", \"amount is not a positive number\", "
                    "\"too many fields\" (csv.DictReader puts extra fields under the key None).")
    expect_equal(len(records), len(CLEAN), hint="The good rows after a bad one must still come through.")


def check_is_lazy():
    """transform pulls one row at a time"""
    etl = learner_module()
    pulled = []

    def rows():
        for line, row in _rows():
            pulled.append(line)
            yield line, row

    records = call(etl.transform, rows(), []).value
    expect_equal(pulled, [], hint="Make transform a generator function: nothing should be read before the first record is asked for.")
    first = next(iter(records), None)
    expect(isinstance(first, dict) and first.get("user_id") == "U1", "the first record from transform was %r" % (first,),
           hint="Yield the clean record of each good row as soon as it is made.")
    expect_equal(pulled, [2], hint="Yield each record as soon as it is ready; a list built first reads every row.")


def check_never_raises():
    """odd values never stop transform"""
    etl = learner_module()
    bad = []
    rows = [(2, {"user_id": "U1", "event": None, "product_id": "P1", "amount": "1"}),
            (3, {"user_id": "U1", "event": "purchase", "product_id": "P1", "amount": "nan"}),
            (4, {"user_id": "U1", "event": "purchase", "product_id": "P1", "amount": "inf"}),
            (5, {"user_id": "U1", "event": "REFUND", "product_id": "P1", "amount": " 2.5 "})]
    records = list(call(etl.transform, iter(rows), bad).value)
    expect_equal([b.line for b in bad], [2, 3, 4],
                 hint="None is a missing value too, and float() accepts \"nan\" and \"inf\": check math.isfinite(amount) and amount > 0.")
    expect_equal([(r["event"], r["net"]) for r in records], [("refund", -2.5)])
