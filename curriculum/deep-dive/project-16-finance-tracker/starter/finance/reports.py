"""Milestone 3: what a month looked like."""
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal  # noqa: F401
from typing import Dict, List, Tuple

ZERO = Decimal("0.00")


@dataclass
class BudgetStatus:
    """How one category stands against its budget."""

    limit: Decimal
    spent: Decimal
    remaining: Decimal
    over: bool


@dataclass
class MonthlyReport:
    """The summary of one month; every amount is a Decimal."""

    month: str
    income: Decimal = ZERO
    expenses: Decimal = ZERO
    savings: Decimal = ZERO
    savings_rate: int = 0
    by_category: List[Tuple[str, Decimal]] = field(default_factory=list)
    budgets: Dict[str, BudgetStatus] = field(default_factory=dict)


def monthly_report(ledger, month: str) -> MonthlyReport:
    """Income, expenses, savings and spending per category and against budgets, for one month.

    income: the sum of the month's positive amounts. expenses: the sum of its negative
    amounts, as a positive number. savings: income - expenses. savings_rate: savings
    as a whole percentage of income, rounded half up (0 when there is no income).
    by_category: (category, spent) for the categories with expenses, most spent
    first, ties by name. budgets: a BudgetStatus for each budget set for the month
    (over: more was spent than the limit).
    """
    # TODO
    raise NotImplementedError("monthly_report() is not written yet")
