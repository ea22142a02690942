"""Milestone `reports`: a month in numbers (finance/reports.py, monthly_report)."""
import datetime
from decimal import Decimal

from pymastery import call, expect_equal, expect_isinstance, learner_module


class _Tx:
    def __init__(self, date, description, amount, category):
        self.date, self.description, self.amount, self.category = date, description, Decimal(amount), category


class _Ledger:
    """A ledger kept in a list: only what monthly_report needs, so this milestone doesn't depend on yours."""

    def __init__(self, rows, budgets=None):
        self.rows = [_Tx(datetime.date.fromisoformat(d), text, amount, cat) for d, text, amount, cat in rows]
        self.budget_rows = budgets or {}

    def transactions(self, month=None, category=None):
        return [t for t in self.rows
                if (month is None or t.date.isoformat()[:7] == month) and (category is None or t.category == category)]

    def budgets(self, month):
        return {cat: Decimal(limit) for (cat, m), limit in self.budget_rows.items() if m == month}

    def __repr__(self):
        return "<a ledger in a list>"

    def categories(self):
        return sorted({t.category for t in self.rows} | {cat for cat, _ in self.budget_rows})


JANUARY = [
    ("2024-01-01", "Salary", "4812.30", "income"),
    ("2024-01-02", "Rent", "-1150.00", "housing"),
    ("2024-01-03", "Groceries", "-262.15", "food"),
    ("2024-01-09", "Restaurant", "-257.44", "food"),
    ("2024-01-10", "Train pass", "-198.75", "transport"),
    ("2024-01-15", "Refund", "20.00", "shopping"),
    ("2024-01-20", "Jumper", "-198.75", "shopping"),
    ("2023-12-31", "Fireworks", "-99.00", "fun"),
    ("2024-02-01", "Salary", "4812.30", "income"),
]

BUDGETS = {("food", "2024-01"): "500", ("transport", "2024-01"): "250", ("fun", "2024-01"): "50",
           ("food", "2024-02"): "1"}


def _report(rows=JANUARY, budgets=BUDGETS, month="2024-01"):
    reports = learner_module()
    return reports, call(reports.monthly_report, _Ledger(rows, budgets), month).value


def check_income_expenses_savings():
    """Income, expenses and savings of the month only"""
    _, report = _report()
    expect_equal((report.income, report.expenses, report.savings),
                 (Decimal("4832.30"), Decimal("2067.09"), Decimal("2765.21")),
                 hint="Ask the ledger for the month's transactions only; positive amounts are income, negative ones "
                      "expenses (as a positive number), and savings is the difference.")
    for name in ("income", "expenses", "savings"):
        expect_isinstance(getattr(report, name), Decimal, hint="Keep every amount a Decimal: start sums at Decimal('0').")


def check_savings_rate():
    """The savings rate is a whole percentage of income"""
    _, report = _report()
    expect_equal(report.savings_rate, 57, hint="2765.21 / 4832.30 is 57.22%: savings * 100 / income, rounded half up.")
    _, halves = _report([("2024-01-01", "Pay", "200", "income"), ("2024-01-02", "Shop", "-199", "food")])
    expect_equal(halves.savings_rate, 1, hint="0.5% rounds half up to 1, where round() would give 0.")
    _, empty = _report([("2024-01-05", "Shop", "-10", "food")], {})
    expect_equal((empty.income, empty.savings_rate), (Decimal("0"), 0),
                 hint="Without income the rate is 0; don't divide by zero.")


def check_spending_by_category():
    """Spending per category, largest first, ties by name"""
    _, report = _report()
    expect_equal(report.by_category,
                 [("housing", Decimal("1150.00")), ("food", Decimal("519.59")),
                  ("shopping", Decimal("198.75")), ("transport", Decimal("198.75"))],
                 hint="Add up only the expenses of each category (a refund is income, not less spending), "
                      "then sort by (-spent, name).")


def check_budgets():
    """Each budget of the month shows its limit, spending, what remains and whether it was exceeded"""
    _, report = _report()
    got = {cat: (s.limit, s.spent, s.remaining, s.over) for cat, s in report.budgets.items()}
    expect_equal(got, {
        "food": (Decimal("500"), Decimal("519.59"), Decimal("-19.59"), True),
        "transport": (Decimal("250"), Decimal("198.75"), Decimal("51.25"), False),
        "fun": (Decimal("50"), Decimal("0"), Decimal("50"), False),
    }, hint="Walk ledger.budgets(month): spent is that category's expenses this month (0 if none), "
            "remaining = limit - spent, over = spent > limit.")
