"""Day 5: accounts, two kinds of them, and a manager that moves money between them.

Amounts are plain numbers (int or float). Every public function and method
gets type hints, including the ones you add.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Iterator, NamedTuple


class Transaction(NamedTuple):
    """One change to an account: its kind, the amount, and the balance afterwards.

    ``kind`` is "deposit", "withdraw" or "interest".
    """

    kind: str
    amount: float
    balance: float


class InsufficientFundsError(Exception):
    """A withdrawal would take an account past what it allows."""


class Account:
    """The common part of every account. It cannot be created on its own.

    TODO: make Account an abstract base class whose abstract method is
    ``can_withdraw(self, amount) -> bool``; each kind of account decides it.

    - ``Account(owner, number, balance=0)`` keeps ``owner`` and ``number`` as attributes.
      A negative opening balance is a ValueError. A positive one is recorded in the history
      as a "deposit".
    - ``balance`` is a read-only property: ``account.balance = 5`` raises AttributeError.
    - ``deposit(amount)`` and ``withdraw(amount)`` return the new balance. An amount that
      is not a number above zero (0, -5, True, "10") raises ValueError. ``withdraw`` raises
      InsufficientFundsError when ``can_withdraw(amount)`` is False. Nothing changes when
      either one raises.
    - ``history`` is a property returning a new list of Transaction, oldest first. Changing
      that list never changes the account.
    - ``str(account)`` reads like ``"SavingsAccount S-1 (Ada): 120.50"``: the kind, the
      number, the owner and the balance with two decimals.
    - ``repr(account)`` reads like ``"SavingsAccount(owner='Ada', number='S-1', balance=120.5)"``.
    - Two accounts are equal when they are of the same class and have the same number;
      equal accounts have equal hashes.
    """

    def __init__(self, owner: str, number: str, balance: float = 0) -> None:
        raise NotImplementedError("Account is not written yet")

    def deposit(self, amount: float) -> float:
        raise NotImplementedError

    def withdraw(self, amount: float) -> float:
        raise NotImplementedError


class SavingsAccount(Account):
    """Never goes below zero, and earns interest.

    ``SavingsAccount(owner, number, balance=0, interest_rate=0.01)``. ``add_interest()``
    deposits ``balance * interest_rate`` (recorded as "interest") and returns it; a balance
    of zero earns nothing and records nothing.
    """

    def __init__(self, owner: str, number: str, balance: float = 0,
                 interest_rate: float = 0.01) -> None:
        raise NotImplementedError("SavingsAccount is not written yet")


class CheckingAccount(Account):
    """May go below zero, but never below ``-overdraft_limit``.

    ``CheckingAccount(owner, number, balance=0, overdraft_limit=100)``.
    """

    def __init__(self, owner: str, number: str, balance: float = 0,
                 overdraft_limit: float = 100) -> None:
        raise NotImplementedError("CheckingAccount is not written yet")


class AccountManager:
    """Keeps accounts by number and moves money between them.

    - ``open(account)`` adds an account and returns it; a number already in use is a ValueError.
    - ``get(number)`` returns the account, and raises KeyError for an unknown number.
    - ``close(number)`` removes the account and returns it.
    - ``total_balance()`` adds up every balance.
    - ``transfer(from_number, to_number, amount)`` withdraws from one account and deposits into
      the other. If any part fails (unknown number, bad amount, insufficient funds), both
      accounts stay exactly as they were.
    - ``len(manager)``, ``number in manager`` and ``for account in manager`` work.
    """

    def __init__(self) -> None:
        raise NotImplementedError("AccountManager is not written yet")
