"""Milestone `ledger`: transactions and budgets in SQLite (finance/ledger.py, Ledger)."""
import datetime
import sqlite3
from decimal import Decimal

from pymastery import call, expect, expect_equal, learner_module, temp_folder


def _tx(money, day, text, amount, category="uncategorised"):
    return money.Transaction(datetime.date(2024, 1, day) if isinstance(day, int) else day, text,
                             Decimal(amount), category)


def _open(folder):
    ledger_module = learner_module()
    money = learner_module("finance/money.py")
    return ledger_module, money, call(ledger_module.Ledger, folder.path("finance.db")).value


def check_adds_and_lists():
    """Added transactions come back, oldest first, exactly as they went in"""
    with temp_folder() as folder:
        ledger_module, money, ledger = _open(folder)
        first = call(ledger.add, _tx(money, 20, "Rent", "-1150.00", "housing")).value
        second = call(ledger.add, _tx(money, 3, "Salary", "4812.30", "income")).value
        call(ledger.add, _tx(money, 20, "Coffee", "-0.10", "food"))
        got = call(ledger.transactions).value
        call(ledger.close)
    expect(isinstance(first, int) and isinstance(second, int) and first != second,
           "add() returned %r and %r; expected two different int ids" % (first, second),
           hint="cursor.lastrowid is the id SQLite gave the new row.")
    expect_equal([(t.date, t.description, t.amount, t.category) for t in got],
                 [(datetime.date(2024, 1, 3), "Salary", Decimal("4812.30"), "income"),
                  (datetime.date(2024, 1, 20), "Rent", Decimal("-1150.00"), "housing"),
                  (datetime.date(2024, 1, 20), "Coffee", Decimal("-0.10"), "food")],
                 hint="Order by date, then by id; turn the stored date text back into a datetime.date.")
    expect(all(isinstance(t.amount, Decimal) and str(t.amount) == "%.2f" % t.amount for t in got),
           "amounts came back as %r" % ([t.amount for t in got],),
           hint="Return Decimal amounts with two decimal places (quantize to Decimal('0.01')).")


def check_amounts_stay_exact():
    """Amounts are stored without a float on the way"""
    with temp_folder() as folder:
        ledger_module, money, ledger = _open(folder)
        for _ in range(10):
            call(ledger.add, _tx(money, 1, "Tenth", "0.10"))
        call(ledger.add, _tx(money, 1, "Big", "-98765432.01"))
        amounts = [t.amount for t in call(ledger.transactions).value]
        call(ledger.close)
        connection = sqlite3.connect(folder.path("finance.db"))
        try:
            real_columns = [(table, column[1]) for (table,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")
                for column in connection.execute("PRAGMA table_info(%s)" % table)
                if column[2].upper() in ("REAL", "FLOAT", "DOUBLE")]
        finally:
            connection.close()
    expect_equal(real_columns, [], hint="A REAL column stores a binary float: keep whole cents in an INTEGER "
                                        "column, or the Decimal's text in a TEXT column.")
    expect_equal(amounts, [Decimal("0.10")] * 10 + [Decimal("-98765432.01")])
    expect_equal(str(sum(amounts[:10])), "1.00")


def check_filters_by_month_and_category():
    """transactions() can keep one month, one category, or both"""
    with temp_folder() as folder:
        ledger_module, money, ledger = _open(folder)
        call(ledger.add, _tx(money, datetime.date(2023, 12, 31), "Party", "-80", "fun"))
        call(ledger.add, _tx(money, 2, "Bus", "-2.40", "transport"))
        call(ledger.add, _tx(money, 5, "Cinema", "-12", "fun"))
        call(ledger.add, _tx(money, datetime.date(2024, 2, 1), "Bowling", "-20", "fun"))
        by_month = [t.description for t in call(ledger.transactions, "2024-01").value]
        by_category = [t.description for t in call(ledger.transactions, None, "fun").value]
        both = [t.description for t in call(ledger.transactions, month="2024-01", category="fun").value]
        call(ledger.close)
    expect_equal(by_month, ["Bus", "Cinema"], hint="A month is the first seven characters of the ISO date: "
                                                    "substr(date, 1, 7) = ? in SQL, or date LIKE '2024-01-%'.")
    expect_equal(by_category, ["Party", "Cinema", "Bowling"])
    expect_equal(both, ["Cinema"], hint="With both filters, keep the transactions that match both.")


def check_budgets_and_categories():
    """Budgets are set, replaced and listed per month; categories are listed once each"""
    with temp_folder() as folder:
        ledger_module, money, ledger = _open(folder)
        call(ledger.add, _tx(money, 2, "Bus", "-2.40", "transport"))
        call(ledger.add, _tx(money, 3, "Lunch", "-9.90", "food"))
        call(ledger.add, _tx(money, 4, "Dinner", "-25", "food"))
        call(ledger.set_budget, "food", "2024-01", Decimal("300"))
        call(ledger.set_budget, "food", "2024-01", Decimal("250.50"))
        call(ledger.set_budget, "books", "2024-01", Decimal("40"))
        call(ledger.set_budget, "food", "2024-02", Decimal("280"))
        january = call(ledger.budgets, "2024-01").value
        march = call(ledger.budgets, "2024-03").value
        categories = call(ledger.categories).value
        call(ledger.close)
    expect_equal(january, {"food": Decimal("250.50"), "books": Decimal("40.00")},
                 hint="A second set_budget for the same category and month replaces the first: a primary key on "
                      "(category, month) with INSERT OR REPLACE does it.")
    expect_equal(march, {}, hint="A month without budgets gives an empty dict.")
    expect_equal(categories, ["books", "food", "transport"],
                 hint="Categories come from the transactions and the budgets, sorted, without repeats.")


def check_survives_reopening():
    """Everything is still there when the file is opened again"""
    with temp_folder() as folder:
        ledger_module, money, ledger = _open(folder)
        call(ledger.add, _tx(money, 9, "Books", "-31.45", "books"))
        call(ledger.set_budget, "books", "2024-01", Decimal("40"))
        call(ledger.close)
        again = call(ledger_module.Ledger, folder.path("finance.db")).value
        kept = [(t.description, t.amount) for t in call(again.transactions).value]
        budgets = call(again.budgets, "2024-01").value
        call(again.close)
    expect_equal(kept, [("Books", Decimal("-31.45"))],
                 hint="Commit after each change (`with connection:` commits), and create the tables only if they "
                      "don't exist yet.")
    expect_equal(budgets, {"books": Decimal("40.00")})
