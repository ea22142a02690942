"""Day 7 (given code): a small household ledger. You test it; you do not change it.

Income is a positive amount, spending a negative one. Categories are kept lower-case.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional


@dataclass(frozen=True)
class Entry:
    """One line of the ledger."""

    day: date
    amount: float
    category: str
    note: str = ""


class Ledger:
    """Entries in one currency, in the order they were added."""

    def __init__(self, currency: str = "EUR") -> None:
        self.currency = currency
        self._entries: list[Entry] = []

    def add(self, day: date, amount: float, category: str, note: str = "") -> Entry:
        """Record an entry. The amount is a non-zero number (not a bool); the category is
        non-blank text, stored stripped and lower-cased. Anything else is a ValueError."""
        if isinstance(amount, bool) or not isinstance(amount, (int, float)) or amount == 0:
            raise ValueError(f"amount must be a non-zero number, not {amount!r}")
        if not isinstance(category, str) or not category.strip():
            raise ValueError("category must be non-blank text")
        entry = Entry(day, amount, category.strip().lower(), note)
        self._entries.append(entry)
        return entry

    def entries(self, category: Optional[str] = None, month: Optional[str] = None) -> list[Entry]:
        """Entries, optionally only one category (any case) and one month ("YYYY-MM")."""
        wanted = category.strip().lower() if category is not None else None
        return [
            entry for entry in self._entries
            if (wanted is None or entry.category == wanted)
            and (month is None or entry.day.strftime("%Y-%m") == month)
        ]

    def balance(self) -> float:
        """Income minus spending, over every entry."""
        return sum(entry.amount for entry in self._entries)

    def totals_by_category(self, month: Optional[str] = None) -> dict[str, float]:
        """The sum of the amounts per category, in the order categories first appear."""
        totals: dict[str, float] = {}
        for entry in self.entries(month=month):
            totals[entry.category] = totals.get(entry.category, 0) + entry.amount
        return totals

    def __len__(self) -> int:
        return len(self._entries)
