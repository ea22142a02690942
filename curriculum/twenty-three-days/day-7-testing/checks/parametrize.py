"""Checks for the `parametrize` milestone: a table-driven test that pins down validation."""

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

_ACCEPT = """
def mutate(ledger):
    working = ledger.Ledger.add
    def add(self, day, amount, category, note=""):
        try:
            return working(self, day, amount, category, note)
        except ValueError:
            if ACCEPTS(amount, category):
                entry = ledger.Entry(day, amount, str(category).strip().lower(), note)
                self._entries.append(entry)
                return entry
            raise
    ledger.Ledger.add = add
"""

ZERO = "ACCEPTS = lambda amount, category: amount == 0 and not isinstance(amount, bool)\n" + _ACCEPT
BOOLS = "ACCEPTS = lambda amount, category: isinstance(amount, bool)\n" + _ACCEPT
BLANK = ("ACCEPTS = lambda amount, category: isinstance(category, str) and not category.strip() "
         "and isinstance(amount, (int, float)) and not isinstance(amount, bool) and amount != 0\n"
         + _ACCEPT)


def check_has_a_table():
    """a test runs over at least three parametrized cases"""
    run = _passing(TESTS, hint="Add tests first.")
    cases = {}
    for test in run.tests:
        if test.parametrized:
            cases[test.function] = cases.get(test.function, 0) + 1
    expect(any(count >= 3 for count in cases.values()),
           "No test in test_ledger.py runs over three or more parametrized cases (found: %s)."
           % (", ".join("%s x%d" % item for item in cases.items()) or "none"),
           hint="Put @pytest.mark.parametrize(\"amount, category\", [...]) above one test and "
                "list the cases as tuples.")


def check_catches_zero_amounts():
    """the tests fail when an amount of 0 is accepted"""
    _caught(TESTS, ZERO, LEDGER, "add() accepted an amount of 0",
            hint="Make 0 one of the rows of your table of refused amounts.")


def check_catches_bool_amounts():
    """the tests fail when True is accepted as an amount"""
    _caught(TESTS, BOOLS, LEDGER, "add() accepted True as an amount",
            hint="True is an int in Python. Add it as a row of refused amounts.")


def check_catches_blank_categories():
    """the tests fail when a blank category is accepted"""
    _caught(TESTS, BLANK, LEDGER, "add() accepted a category made of spaces",
            hint="Add a row whose category is only spaces.")
