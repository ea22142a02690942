"""Unit tests for ledger.py. Run them with:  python -m pytest -v week1/day7"""
from datetime import date

import pytest

from ledger import Ledger


def test_a_new_ledger_is_empty() -> None:
    assert len(Ledger()) == 0


def test_balance_counts_income_and_spending(ledger: Ledger) -> None:
    assert ledger.balance() == pytest.approx(2000 - 40.5 - 9.5 - 700)


def test_categories_are_tidied_and_matched_in_any_case(ledger: Ledger) -> None:
    assert [e.amount for e in ledger.entries(category="FOOD")] == [-40.5, -9.5]


def test_entries_of_one_month(ledger: Ledger) -> None:
    assert [e.category for e in ledger.entries(month="2026-02")] == ["rent"]


def test_totals_by_category(ledger: Ledger) -> None:
    assert ledger.totals_by_category("2026-01") == {"salary": 2000, "food": -50.0}


@pytest.mark.parametrize(
    "amount, category",
    [(0, "food"), (True, "food"), ("12", "food"), (None, "food"), (5, "   "), (5, "")],
)
def test_bad_entries_are_refused(amount: object, category: str) -> None:
    book = Ledger()
    with pytest.raises(ValueError):
        book.add(date(2026, 1, 1), amount, category)  # type: ignore[arg-type]
    assert len(book) == 0
