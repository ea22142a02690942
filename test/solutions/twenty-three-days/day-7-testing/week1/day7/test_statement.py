"""Integration tests: a real Ledger and monthly_statement together, with a fake rates client."""
from datetime import date
from unittest import mock

from ledger import Ledger
from statement import format_statement, monthly_statement


def test_statement_of_an_empty_month() -> None:
    rates = mock.Mock()
    rates.get_rate.return_value = 1.0
    result = monthly_statement(Ledger(), "2026-01", "EUR", rates)
    assert result["net"] == 0


def test_statement_converts_one_month(ledger: Ledger, rates: mock.Mock) -> None:
    result = monthly_statement(ledger, "2026-01", "usd", rates)
    rates.get_rate.assert_called_once_with("EUR", "usd")
    assert result == {
        "month": "2026-01", "currency": "USD",
        "income": 4000.0, "spending": 100.0, "net": 3900.0,
        "by_category": {"salary": 4000.0, "food": -100.0},
    }


def test_entries_added_later_show_up(ledger: Ledger, rates: mock.Mock) -> None:
    ledger.add(date(2026, 2, 14), 30, "gift")
    result = monthly_statement(ledger, "2026-02", "EUR", rates)
    assert (result["income"], result["spending"], result["net"]) == (30, 700, -670)


def test_format_shows_every_figure(ledger: Ledger, rates: mock.Mock) -> None:
    text = format_statement(monthly_statement(ledger, "2026-01", "EUR", rates))
    assert text.splitlines()[0] == "Statement for 2026-01 in EUR"
    assert "1950.00" in text and "salary" in text
