"""Shared fixtures for the day 7 tests."""
from datetime import date
from unittest import mock

import pytest

from ledger import Ledger


@pytest.fixture
def ledger() -> Ledger:
    """A ledger with two months of entries."""
    book = Ledger("EUR")
    book.add(date(2026, 1, 3), 2000, "Salary")
    book.add(date(2026, 1, 5), -40.5, "food")
    book.add(date(2026, 1, 20), -9.5, "Food ")
    book.add(date(2026, 2, 1), -700, "rent")
    return book


@pytest.fixture
def rates() -> mock.Mock:
    """A rates client that knows EUR->USD = 2.0 and fails for anything else."""
    fake = mock.Mock()

    def get_rate(base: str, quote: str) -> float:
        if (base.upper(), quote.upper()) == ("EUR", "USD"):
            return 2.0
        if base.upper() == quote.upper():
            return 1.0
        raise AssertionError(f"unexpected pair {base}->{quote}")

    fake.get_rate.side_effect = get_rate
    return fake
