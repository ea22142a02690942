import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation


@dataclass(frozen=True)
class Transaction:
    date: datetime.date
    description: str
    amount: Decimal
    category: str = "uncategorised"


def parse_amount(text):
    cleaned = "".join(ch for ch in str(text) if ch not in " ,$€£")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError("not money: %r" % (text,))
    if not value.is_finite() or "e" in cleaned.lower():
        raise ValueError("not money: %r" % (text,))
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def total(transactions):
    result = Decimal("0.00")
    for transaction in transactions:
        result += transaction.amount
    return result


def format_money(amount):
    text = "{:,.2f}".format(abs(amount))
    return ("-$" if amount < 0 else "$") + text
