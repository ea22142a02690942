"""Transform: turn raw rows into clean records, reporting the rows that cannot be used."""
from typing import NamedTuple


class BadRow(NamedTuple):
    line: int
    reason: str


FIELDS = ("user_id", "event", "product_id", "amount")


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
    # TODO
    return iter([])
