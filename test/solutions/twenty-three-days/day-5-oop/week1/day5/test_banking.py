"""Tests for week1/day5/banking.py. Run them with:  python -m pytest -v week1/day5"""
import pytest

from banking import (
    Account,
    AccountManager,
    CheckingAccount,
    InsufficientFundsError,
    SavingsAccount,
)


def test_deposit_adds_to_the_balance() -> None:
    account = SavingsAccount("Ada", "S-1", 10)
    assert account.deposit(5) == 15
    assert account.balance == 15


@pytest.mark.parametrize("amount", [0, -5, True])
def test_bad_amounts_are_refused(amount: object) -> None:
    account = CheckingAccount("Ada", "C-1", 10)
    with pytest.raises(ValueError):
        account.deposit(amount)  # type: ignore[arg-type]
    assert account.balance == 10


def test_savings_cannot_go_below_zero() -> None:
    account = SavingsAccount("Ada", "S-1", 10)
    with pytest.raises(InsufficientFundsError):
        account.withdraw(10.01)
    assert account.balance == 10


def test_checking_stops_at_the_overdraft_limit() -> None:
    account = CheckingAccount("Ada", "C-1", 0, overdraft_limit=20)
    assert account.withdraw(20) == -20
    with pytest.raises(InsufficientFundsError):
        account.withdraw(1)


def test_history_lists_every_change() -> None:
    account = SavingsAccount("Ada", "S-1", 100, interest_rate=0.5)
    account.withdraw(40)
    account.add_interest()
    assert [(t.kind, t.amount, t.balance) for t in account.history] == [
        ("deposit", 100, 100), ("withdraw", 40, 60), ("interest", 30.0, 90.0)]


def test_balance_is_read_only() -> None:
    account = SavingsAccount("Ada", "S-1")
    with pytest.raises(AttributeError):
        account.balance = 5  # type: ignore[misc]


def test_account_is_abstract() -> None:
    with pytest.raises(TypeError):
        Account("Ada", "A-1")  # type: ignore[abstract]


def test_equality_goes_by_number() -> None:
    assert SavingsAccount("Ada", "S-1") == SavingsAccount("Ada", "S-1", 50)
    assert SavingsAccount("Ada", "S-1") != SavingsAccount("Ada", "S-2")


def test_failed_transfer_changes_nothing() -> None:
    manager = AccountManager()
    manager.open(SavingsAccount("Ada", "S-1", 30))
    manager.open(CheckingAccount("Bo", "C-1", 0))
    with pytest.raises(InsufficientFundsError):
        manager.transfer("S-1", "C-1", 50)
    assert manager.get("S-1").balance == 30
    assert manager.get("C-1").balance == 0
    manager.transfer("S-1", "C-1", 30)
    assert manager.total_balance() == 30
