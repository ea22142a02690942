"""Tests for week1/day5/banking.py. Run them with:  python -m pytest -v week1/day5"""
from banking import CheckingAccount, InsufficientFundsError, SavingsAccount


def test_deposit_adds_to_the_balance() -> None:
    # TODO
    pass


def test_savings_cannot_go_below_zero() -> None:
    # TODO: use pytest.raises(InsufficientFundsError)
    pass
