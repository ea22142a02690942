"""Milestone 1: money as Decimal, never float."""
import datetime
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
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
    """Turn text such as "12.5", "-3", "1,234.50" or "$7.05" into a Decimal of whole cents."""
    cleaned = re.sub(r"[\s,$€£]", "", str(text))
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", cleaned):
        raise ValueError("not an amount of money: %r" % (text,))
    try:
        return Decimal(cleaned).quantize(CENT, rounding=ROUND_HALF_UP)
    except InvalidOperation:
        raise ValueError("not an amount of money: %r" % (text,)) from None


def total(transactions: Iterable[Transaction]) -> Decimal:
    """The sum of the amounts, Decimal("0.00") for none."""
    return sum((t.amount for t in transactions), Decimal("0.00"))


def format_money(amount: Decimal) -> str:
    """"$1,234.50", "-$5.00": a dollar sign, thousands separators and two decimals."""
    sign = "-" if amount < 0 else ""
    return "%s$%s" % (sign, format(abs(amount).quantize(CENT, rounding=ROUND_HALF_UP), ",.2f"))
