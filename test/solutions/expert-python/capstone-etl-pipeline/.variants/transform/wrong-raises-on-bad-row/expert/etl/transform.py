"""Transform: turn raw rows into clean records, reporting the rows that cannot be used."""
import math
from typing import NamedTuple


class BadRow(NamedTuple):
    line: int
    reason: str


FIELDS = ("user_id", "event", "product_id", "amount")
SIGNS = {"purchase": 1, "refund": -1}


def _problem(row):
    """Why `row` cannot be used, or None when it can."""
    if None in row:
        return "too many fields"
    for field in FIELDS:
        if not (row.get(field) or "").strip():
            return "missing %s" % field
    if row["event"].strip().lower() not in SIGNS:
        return "unknown event %r" % row["event"].strip()
    try:
        amount = float(row["amount"])
    except ValueError:
        amount = None
    if amount is None or not math.isfinite(amount) or amount <= 0:
        return "amount is not a positive number: %r" % row["amount"]
    return None


def transform(rows, bad_rows):
    """Yield a clean record for every usable row of `rows`, an iterable of (line_number, row).

    A clean record is {"user_id": ..., "event": ..., "product_id": ..., "amount": float,
    "net": float}: text fields without surrounding spaces, the event in lower case, and net
    equal to amount for a "purchase" and to minus amount for a "refund".

    A row is bad when it has more fields than the header, when one of FIELDS is missing or
    blank, when its event is neither purchase nor refund (in any case), or when its amount is
    not a number greater than zero. For each bad row, append BadRow(line_number, reason) to
    `bad_rows` and carry on: one bad row never stops the pipeline. The reason is a short
    sentence naming the field at fault ("missing amount", "unknown event 'gift'", ...), or
    saying "too many fields".
    """
    for line, row in rows:
        problem = _problem(row)
        if problem:
            raise ValueError("line %d: %s" % (line, problem))
        event = row["event"].strip().lower()
        amount = float(row["amount"])
        yield {"user_id": row["user_id"].strip(), "event": event, "product_id": row["product_id"].strip(),
               "amount": amount, "net": SIGNS[event] * amount}
