"""Day 5: accounts, two kinds of them, and a manager that moves money between them."""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Iterator, NamedTuple


class Transaction(NamedTuple):
    """One change to an account: its kind, the amount, and the balance afterwards."""

    kind: str
    amount: float
    balance: float


class InsufficientFundsError(Exception):
    """A withdrawal would take an account past what it allows."""


class Account(ABC):
    """The common part of every account."""

    def __init__(self, owner: str, number: str, balance: float = 0) -> None:
        if balance < 0:
            raise ValueError("an account cannot open with a negative balance")
        self.owner = owner
        self.number = number
        self._balance = balance
        self._history: list[Transaction] = []
        if balance:
            self._history.append(Transaction("deposit", balance, balance))

    @property
    def balance(self) -> float:
        return self._balance

    @property
    def history(self) -> list[Transaction]:
        return list(self._history)

    @abstractmethod
    def can_withdraw(self, amount: float) -> bool:
        """Whether taking ``amount`` out is allowed for this kind of account."""

    @staticmethod
    def _check_amount(amount: float) -> None:
        if isinstance(amount, bool) or not isinstance(amount, (int, float)) or amount <= 0:
            raise ValueError(f"amount must be a positive number, not {amount!r}")

    def _record(self, kind: str, amount: float, change: float) -> float:
        self._balance += change
        self._history.append(Transaction(kind, amount, self._balance))
        return self._balance

    def deposit(self, amount: float) -> float:
        self._check_amount(amount)
        return self._record("deposit", amount, amount)

    def withdraw(self, amount: float) -> float:
        self._check_amount(amount)
        if not self.can_withdraw(amount):
            raise InsufficientFundsError(
                f"{self.number}: cannot withdraw {amount:.2f} from {self._balance:.2f}")
        return self._record("withdraw", amount, -amount)

    def __str__(self) -> str:
        return f"{type(self).__name__} {self.number} ({self.owner}): {self._balance:.2f}"

    def __repr__(self) -> str:
        return (f"{type(self).__name__}(owner={self.owner!r}, number={self.number!r}, "
                f"balance={self._balance!r})")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Account):
            return NotImplemented
        return type(self) is type(other) and self.number == other.number

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.number))


class SavingsAccount(Account):
    """Never goes below zero, and earns interest."""

    def __init__(self, owner: str, number: str, balance: float = 0,
                 interest_rate: float = 0.01) -> None:
        super().__init__(owner, number, balance)
        self.interest_rate = interest_rate

    def can_withdraw(self, amount: float) -> bool:
        return amount < self._balance

    def add_interest(self) -> float:
        interest = self._balance * self.interest_rate if self._balance > 0 else 0
        if interest > 0:
            self._record("interest", interest, interest)
        return interest


class CheckingAccount(Account):
    """May go below zero, down to the overdraft limit."""

    def __init__(self, owner: str, number: str, balance: float = 0,
                 overdraft_limit: float = 100) -> None:
        super().__init__(owner, number, balance)
        self.overdraft_limit = overdraft_limit

    def can_withdraw(self, amount: float) -> bool:
        return self._balance - amount >= -self.overdraft_limit


class AccountManager:
    """Keeps accounts by number and moves money between them."""

    def __init__(self) -> None:
        self._accounts: dict[str, Account] = {}

    def open(self, account: Account) -> Account:
        if account.number in self._accounts:
            raise ValueError(f"account {account.number} already exists")
        self._accounts[account.number] = account
        return account

    def get(self, number: str) -> Account:
        return self._accounts[number]

    def close(self, number: str) -> Account:
        return self._accounts.pop(number)

    def total_balance(self) -> float:
        return sum(account.balance for account in self._accounts.values())

    def transfer(self, from_number: str, to_number: str, amount: float) -> None:
        source = self.get(from_number)
        target = self.get(to_number)
        source.withdraw(amount)
        target.deposit(amount)

    def __len__(self) -> int:
        return len(self._accounts)

    def __contains__(self, number: object) -> bool:
        return number in self._accounts

    def __iter__(self) -> Iterator[Account]:
        return iter(list(self._accounts.values()))
