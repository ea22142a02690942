"""Day 7 (given code): a monthly statement built from a Ledger and a rates client.

You test it; you do not change it. ``rates`` is anything with ``get_rate(base, quote)``,
so tests can pass a fake or a unittest.mock.Mock instead of a real RatesClient.
"""
from __future__ import annotations

from typing import Any

from ledger import Ledger


def monthly_statement(ledger: Ledger, month: str, currency: str, rates: Any) -> dict[str, Any]:
    """Income, spending and net for ``month``, and totals per category, in ``currency``."""
    rate = rates.get_rate(ledger.currency, currency)
    entries = ledger.entries(month=month)
    income = sum(entry.amount for entry in entries if entry.amount > 0)
    spending = -sum(entry.amount for entry in entries if entry.amount < 0)
    return {
        "month": month,
        "currency": currency.upper(),
        "income": round(income * rate, 2),
        "spending": round(spending * rate, 2),
        "net": round((income - spending) * rate, 2),
        "by_category": {name: round(total * rate, 2)
                        for name, total in ledger.totals_by_category(month).items()},
    }


def format_statement(statement: dict[str, Any]) -> str:
    """The statement as text, one figure per line."""
    lines = [f"Statement for {statement['month']} in {statement['currency']}"]
    for label in ("income", "spending", "net"):
        lines.append(f"{label:>10}: {statement[label]:10.2f}")
    for name, total in statement["by_category"].items():
        lines.append(f"{name:>10}: {total:10.2f}")
    return "\n".join(lines)
