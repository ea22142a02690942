"""Milestone 1: money as Decimal, never float."""
import datetime
import re  # noqa: F401
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation  # noqa: F401
from typing import Iterable

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Transaction:
    """One line of a statement: money in (positive) or out (negative)."""

    date: datetime.date
    description: str
    amount: Decimal
    category: str = "uncategorised"


def parse_amount(text: str) -> Decimal:
    """Turn text such as "12.5", "-3", "1,234.50" or "$7.05" into a Decimal of whole cents.

    Spaces, thousands separators (",") and the signs $, € and £ are ignored. The
    result always has two decimal places, rounded half up ("2.005" -> 2.01).
    Anything that is not a number raises ValueError.
    """
    # TODO
    raise NotImplementedError("parse_amount() is not written yet")


def total(transactions: Iterable[Transaction]) -> Decimal:
    """The sum of the amounts, Decimal("0.00") for none."""
    # TODO
    raise NotImplementedError("total() is not written yet")


def format_money(amount: Decimal) -> str:
    """"$1,234.50", "-$5.00": a dollar sign, thousands separators and two decimals."""
    # TODO
    raise NotImplementedError("format_money() is not written yet")
