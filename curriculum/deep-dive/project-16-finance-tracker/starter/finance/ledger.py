"""Milestone 2: transactions and budgets kept in SQLite."""
import datetime  # noqa: F401
import sqlite3  # noqa: F401
from decimal import Decimal
from typing import List, Optional

from finance.money import Transaction


class Ledger:
    """All the transactions and budgets of one SQLite file.

    Design the tables yourself. Whatever you store, amounts must come back exactly
    as they went in: Decimal, two decimal places, never a float on the way.
    """

    def __init__(self, path) -> None:
        """Open (or create) the database file at `path` and make sure the tables exist."""
        # TODO

    def close(self) -> None:
        """Close the database connection."""
        # TODO

    def add(self, transaction: Transaction) -> int:
        """Store a transaction (committed at once) and return its id."""
        # TODO
        raise NotImplementedError("Ledger.add() is not written yet")

    def transactions(self, month: Optional[str] = None, category: Optional[str] = None) -> List[Transaction]:
        """The stored transactions, oldest first (then in the order added).

        `month` ("2024-01") and `category` keep only the transactions that match.
        """
        # TODO
        raise NotImplementedError("Ledger.transactions() is not written yet")

    def categories(self) -> List[str]:
        """Every category used by a transaction or a budget, sorted, each once."""
        # TODO
        raise NotImplementedError("Ledger.categories() is not written yet")

    def set_budget(self, category: str, month: str, limit: Decimal) -> None:
        """Set (or replace) how much may be spent on `category` in `month` ("2024-01")."""
        # TODO
        raise NotImplementedError("Ledger.set_budget() is not written yet")

    def budgets(self, month: str) -> dict:
        """{category: limit} of the budgets set for `month`."""
        # TODO
        raise NotImplementedError("Ledger.budgets() is not written yet")
