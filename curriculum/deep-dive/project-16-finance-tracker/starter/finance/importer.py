"""Milestone 4: bank statements in CSV, bad rows and all."""
import csv  # noqa: F401
import datetime  # noqa: F401
from typing import Dict, List, NamedTuple, Optional, Tuple

from finance.money import Transaction, parse_amount  # noqa: F401


class ImportResult(NamedTuple):
    """What import_csv() did."""

    imported: int
    duplicates: int
    #: (line number in the file, what was wrong), the header being line 1
    errors: List[Tuple[int, str]]


def categorise(description: str, rules: Dict[str, str]) -> str:
    """The category of the first rule whose keyword is in the description (any case), else "uncategorised"."""
    # TODO
    raise NotImplementedError("categorise() is not written yet")


def import_csv(path, ledger, rules: Optional[Dict[str, str]] = None) -> ImportResult:
    """Add the rows of a CSV statement to the ledger; report bad rows and skip duplicates.

    The file has a header with at least date, description and amount (and maybe
    category). A row with a bad date (not YYYY-MM-DD), a bad amount, an empty
    description or the wrong number of fields is not imported: it goes to `errors`
    as (its line number in the file, a message), and the other rows still are. A
    file without those columns gives a single error on line 1. A row with the same
    date, description and amount as a transaction already in the ledger (or earlier
    in the file) is a duplicate: counted, not imported. A row without a category
    gets one from categorise().
    """
    # TODO
    raise NotImplementedError("import_csv() is not written yet")
