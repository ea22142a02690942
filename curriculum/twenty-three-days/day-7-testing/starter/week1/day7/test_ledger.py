"""Unit tests for ledger.py. Run them with:  python -m pytest -v week1/day7"""
from datetime import date

import pytest

from ledger import Ledger


def test_a_new_ledger_is_empty() -> None:
    assert len(Ledger()) == 0
