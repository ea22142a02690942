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
