"""Milestone 2: transactions and budgets kept in SQLite."""
import datetime
import sqlite3
from decimal import ROUND_HALF_UP, Decimal
from typing import List, Optional

from finance.money import Transaction

SCHEMA = """
CREATE TABLE IF NOT EXISTS transactions (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    description TEXT NOT NULL,
    cents INTEGER NOT NULL,
    category TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS budgets (
    category TEXT NOT NULL,
    month TEXT NOT NULL,
    cents INTEGER NOT NULL,
    PRIMARY KEY (category, month)
);
"""


def _cents(amount: Decimal) -> int:
    return int((Decimal(amount) * 100).to_integral_value(rounding=ROUND_HALF_UP))


def _amount(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


class Ledger:
    """All the transactions and budgets of one SQLite file."""

    def __init__(self, path) -> None:
        self.connection = sqlite3.connect(str(path), check_same_thread=False)
        self.connection.executescript(SCHEMA)

    def close(self) -> None:
        self.connection.close()

    def add(self, transaction: Transaction) -> int:
        """Store a transaction and return its id."""
        with self.connection:
            cursor = self.connection.execute(
                "INSERT INTO transactions (date, description, cents, category) VALUES (?, ?, ?, ?)",
                (transaction.date.isoformat(), transaction.description, _cents(transaction.amount),
                 transaction.category))
        return cursor.lastrowid

    def transactions(self, month: Optional[str] = None, category: Optional[str] = None) -> List[Transaction]:
        """The stored transactions, oldest first (then in the order added), optionally of one month and category."""
        query, params = "SELECT date, description, cents, category FROM transactions WHERE 1 = 1", []
        if month is not None:
            query += " AND substr(date, 1, 7) = ?"
            params.append(month)
        if category is not None:
            query += " AND category = ?"
            params.append(category)
        rows = self.connection.execute(query + " ORDER BY date, id", params)
        return [Transaction(datetime.date.fromisoformat(d), text, _amount(c), cat) for d, text, c, cat in rows]

    def categories(self) -> List[str]:
        """Every category used by a transaction or a budget, sorted."""
        rows = self.connection.execute(
            "SELECT category FROM transactions UNION SELECT category FROM budgets ORDER BY category")
        return [row[0] for row in rows]

    def set_budget(self, category: str, month: str, limit: Decimal) -> None:
        """Set (or replace) how much may be spent on `category` in `month` ("2024-01")."""
        with self.connection:
            self.connection.execute(
                "INSERT OR REPLACE INTO budgets (category, month, cents) VALUES (?, ?, ?)",
                (category, month, _cents(limit)))

    def budgets(self, month: str) -> dict:
        """{category: limit} for `month`."""
        rows = self.connection.execute("SELECT category, cents FROM budgets WHERE month = ?", (month,))
        return {category: _amount(cents) for category, cents in rows}
