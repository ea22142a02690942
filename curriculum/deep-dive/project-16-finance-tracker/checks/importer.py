"""Milestone `csv-import`: bank statements in, bad rows reported (finance/importer.py, import_csv)."""
import datetime
from decimal import Decimal

from pymastery import call, expect, expect_equal, learner_module, temp_folder


class _Ledger:
    """A ledger kept in a list, so this milestone doesn't depend on your Ledger."""

    def __init__(self, existing=()):
        self.added = []
        self.existing = list(existing)

    def __repr__(self):
        return "<a ledger in a list>"

    def add(self, transaction):
        self.added.append(transaction)
        return len(self.added)

    def transactions(self, month=None, category=None):
        everything = self.existing + self.added
        return [t for t in everything
                if (month is None or t.date.isoformat()[:7] == month) and (category is None or t.category == category)]


GOOD = """date,description,amount
2024-01-02,TESCO STORES 2231,-45.10
2024-01-03,Salary ACME Ltd,"2,500.00"
2024-01-04,Shell petrol,-60
2024-01-05,Corner shop,-3.99
"""

RULES = {"tesco": "food", "salary": "income", "shell": "transport"}


def _rows(ledger):
    return [(t.date, t.description, t.amount, t.category) for t in ledger.added]


def check_categorise():
    """categorise() uses the first matching keyword, in any case"""
    importer = learner_module()
    rules = {"coffee": "treats", "shop": "food", "coffee shop": "never reached"}
    expect_equal(call(importer.categorise, "Corner SHOP", rules).value, "food")
    expect_equal(call(importer.categorise, "Coffee shop on Main St", rules).value, "treats",
                 hint="Try the rules in their order and return at the first keyword found in the description.")
    expect_equal(call(importer.categorise, "Rent", rules).value, "uncategorised")


def check_imports_a_clean_file():
    """Every row of a clean statement is added, with Decimal amounts and categories from the rules"""
    importer = learner_module()
    ledger = _Ledger()
    with temp_folder({"jan.csv": GOOD}) as folder:
        result = call(importer.import_csv, folder.path("jan.csv"), ledger, RULES).value
    expect_equal((result.imported, result.duplicates, result.errors), (4, 0, []))
    expect_equal(_rows(ledger), [
        (datetime.date(2024, 1, 2), "TESCO STORES 2231", Decimal("-45.10"), "food"),
        (datetime.date(2024, 1, 3), "Salary ACME Ltd", Decimal("2500.00"), "income"),
        (datetime.date(2024, 1, 4), "Shell petrol", Decimal("-60.00"), "transport"),
        (datetime.date(2024, 1, 5), "Corner shop", Decimal("-3.99"), "uncategorised"),
    ], hint="Read the file with csv.DictReader (it handles the quoted \"2,500.00\"), parse each amount with "
            "parse_amount and each date with datetime.date.fromisoformat.")


def check_reports_bad_rows():
    """Bad rows are reported with their line numbers, and the good ones are still imported"""
    importer = learner_module()
    text = """date,description,amount,category
2024-01-02,Bakery,-4.20,food
2024-13-01,Impossible month,-1.00,
2024-01-03,Cinema,twelve,fun
2024-01-04,Too,many,fields,here,-1
2024-01-05,Books,-12.50,books
not a date,Whatever,-2,
2024-01-06,,-8,
2024-01-07,Short row
2024-01-08,Bus,-2.40,
"""
    ledger = _Ledger()
    with temp_folder({"messy.csv": text}) as folder:
        result = call(importer.import_csv, folder.path("messy.csv"), ledger, {"bus": "transport"}).value
    expect_equal([line for line, _ in result.errors], [3, 4, 5, 7, 8, 9],
                 hint="Wrap the handling of each row in try/except ValueError and record (reader.line_num, message); "
                      "a row with too many or too few fields shows up as a None key or None values in DictReader.")
    expect(all(isinstance(message, str) and message for _, message in result.errors),
           "every error should come with a message, got %r" % (result.errors,))
    expect_equal([(d.day, text, amount, cat) for d, text, amount, cat in _rows(ledger)],
                 [(2, "Bakery", Decimal("-4.20"), "food"), (5, "Books", Decimal("-12.50"), "books"),
                  (8, "Bus", Decimal("-2.40"), "transport")],
                 hint="A category column wins over the rules; an empty one falls back to categorise().")
    expect_equal(result.imported, 3)


def check_missing_columns():
    """A file without the needed columns gives one error on line 1 and imports nothing"""
    importer = learner_module()
    ledger = _Ledger()
    with temp_folder({"other.csv": "Date;Text;Value\n2024-01-02;Bakery;-4.20\n"}) as folder:
        result = call(importer.import_csv, folder.path("other.csv"), ledger).value
    expect_equal((result.imported, [line for line, _ in result.errors]), (0, [1]),
                 hint="Compare reader.fieldnames with the three columns you need before reading any row.")
    expect_equal(ledger.added, [])


def check_skips_duplicates():
    """Rows already in the ledger, or repeated in the file, are counted as duplicates"""
    importer = learner_module()
    money = learner_module("finance/money.py")
    earlier = money.Transaction(datetime.date(2024, 1, 2), "TESCO STORES 2231", Decimal("-45.10"), "food")
    ledger = _Ledger([earlier])
    with temp_folder({"jan.csv": GOOD + "2024-01-05,Corner shop,-3.99\n2024-01-06,Corner shop,-3.99\n"}) as folder:
        result = call(importer.import_csv, folder.path("jan.csv"), ledger, RULES).value
        again = call(importer.import_csv, folder.path("jan.csv"), ledger, RULES).value
    expect_equal((result.imported, result.duplicates), (4, 2),
                 hint="Before importing, collect (date, description, amount) of the ledger's transactions in a set; "
                      "add each imported row's key to it too.")
    expect_equal((again.imported, again.duplicates), (0, 6), hint="Importing the same statement twice adds nothing.")
