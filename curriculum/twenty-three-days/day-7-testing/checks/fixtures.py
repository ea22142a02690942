"""Checks for the `fixtures` milestone: test_ledger.py uses fixtures of the learner's own and
catches broken copies of ledger.py."""

from pymastery import expect, fail
from pymastery import learner_tests


GIVEN = ["week1/day7/ledger.py", "week1/day7/rates.py", "week1/day7/statement.py"]
LEDGER, RATES, STATEMENT = GIVEN

_runs = {}


def _run(tests, mutation=None, where=LEDGER, **options):
    helper = learner_tests
    if not helper.has_pytest():
        fail("Today's checks run your tests with pytest itself, and this interpreter does not "
             "have it.", hint=helper.PYTEST_HINT)
    key = (tuple(tests), mutation, where, tuple(sorted(options.items())))
    if key not in _runs:
        _runs[key] = helper.run_tests(tests, GIVEN, mutation, mutated=where, block_network=True,
                                      **options)
    return _runs[key]


def _passing(tests, hint):
    helper = learner_tests
    run = _run(tests)
    helper.require_tests(run, tests[0], hint=hint)
    helper.expect_all_pass(run, "the given week1/day7 code",
                           hint="The given code is correct, so a failing test expects the wrong "
                                "thing (or reaches the network, which the check blocks). Run the "
                                "file yourself to see the whole failure.")
    return run


def _caught(tests, mutation, where, broken, hint):
    _passing(tests, hint="Write test_ functions first.")
    learner_tests.expect_caught(_run(tests, mutation, where), broken, hint=hint)


TESTS = ["week1/day7/test_ledger.py"]

BALANCE_WITHOUT_SPENDING = """
def mutate(ledger):
    ledger.Ledger.balance = lambda self: sum(e.amount for e in self.entries() if e.amount > 0)
"""

CASE_SENSITIVE_CATEGORY = """
def mutate(ledger):
    working = ledger.Ledger.entries
    def entries(self, category=None, month=None):
        return [e for e in working(self, None, month) if category is None or e.category == category]
    ledger.Ledger.entries = entries
"""

MONTH_IGNORED = """
def mutate(ledger):
    working = ledger.Ledger.entries
    def entries(self, category=None, month=None):
        return working(self, category, None)
    ledger.Ledger.entries = entries
"""


def check_tests_pass():
    """test_ledger.py passes on the given ledger.py"""
    run = _passing(TESTS, hint="Add tests to week1/day7/test_ledger.py.")
    if run.note:
        print(run.note)


def check_uses_own_fixtures():
    """at least two tests share a fixture you wrote"""
    run = _passing(TESTS, hint="Add tests first.")
    users = {}
    for test in run.tests:
        for name in test.own_fixtures:
            users.setdefault(name, set()).add(test.function)
    shared = [name for name, tests in users.items() if len(tests) >= 2]
    expect(shared, "No fixture of yours is used by two or more tests in test_ledger.py.",
           hint="In conftest.py, write a function decorated with @pytest.fixture that builds a "
                "Ledger with a few entries and returns it. Tests get it by naming it as a "
                "parameter.")


def check_catches_balance_without_spending():
    """the tests fail when balance ignores spending"""
    _caught(TESTS, BALANCE_WITHOUT_SPENDING, LEDGER, "balance() added up only the income",
            hint="Assert the balance of a ledger that has both income and spending.")


def check_catches_case_sensitive_categories():
    """the tests fail when a category must match its case"""
    _caught(TESTS, CASE_SENSITIVE_CATEGORY, LEDGER, "entries(category=...) matched case exactly",
            hint="Add an entry with the category \"Food\" and look it up as \"FOOD\".")


def check_catches_ignored_month():
    """the tests fail when the month filter is ignored"""
    _caught(TESTS, MONTH_IGNORED, LEDGER, "entries(month=...) returned every month",
            hint="Put entries in two months into your fixture and ask for one month only.")
