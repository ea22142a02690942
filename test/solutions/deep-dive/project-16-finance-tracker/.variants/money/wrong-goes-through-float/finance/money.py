import datetime
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Transaction:
    date: datetime.date
    description: str
    amount: Decimal
    category: str = "uncategorised"


def parse_amount(text):
    cleaned = str(text).replace(",", "").replace("$", "").replace("€", "").replace("£", "").strip()
    value = float(cleaned)
    if value != value or value in (float("inf"), float("-inf")) or "e" in cleaned.lower():
        raise ValueError(text)
    return Decimal(round(value, 2))


def total(transactions):
    return Decimal(sum(float(t.amount) for t in transactions))


def format_money(amount):
    sign = "-" if amount < 0 else ""
    return "%s$%s" % (sign, format(abs(amount), ",.2f"))
