"""Milestone 3: what a month looked like."""
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Dict, List, Tuple

ZERO = Decimal("0.00")


@dataclass
class BudgetStatus:
    limit: Decimal
    spent: Decimal
    remaining: Decimal
    over: bool


@dataclass
class MonthlyReport:
    month: str
    income: Decimal = ZERO
    expenses: Decimal = ZERO
    savings: Decimal = ZERO
    savings_rate: int = 0
    by_category: List[Tuple[str, Decimal]] = field(default_factory=list)
    budgets: Dict[str, BudgetStatus] = field(default_factory=dict)


def monthly_report(ledger, month: str) -> MonthlyReport:
    """Income, expenses, savings and spending per category and against budgets, for one month."""
    income, expenses, spent = ZERO, ZERO, {}
    for t in ledger.transactions(month):
        if t.amount > 0:
            income += t.amount
        else:
            expenses -= t.amount
            spent[t.category] = spent.get(t.category, ZERO) - t.amount
    savings = income - expenses
    rate = int((savings * 100 / income).quantize(Decimal("1"), rounding=ROUND_HALF_UP)) if income else 0
    by_category = sorted(spent.items(), key=lambda item: (-item[1], item[0]))
    budgets = {}
    for category, limit in ledger.budgets(month).items():
        used = spent.get(category, ZERO)
        budgets[category] = BudgetStatus(limit, used, limit - used, used > limit)
    return MonthlyReport(month, income, expenses, savings, rate, by_category, budgets)
