"""Checks for the `integration` milestone: test_statement.py runs a real Ledger and the
statement code together, with a fake rates client, and catches broken statements."""

from pymastery import fail
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


TESTS = ["week1/day7/test_statement.py"]

_STATEMENT = """
def mutate(statement):
    def monthly_statement(ledger, month, currency, rates):
        rate = RATE(rates, ledger, currency)
        entries = ledger.entries(month=MONTH(month))
        income = sum(entry.amount for entry in entries if entry.amount > 0)
        spending = -sum(entry.amount for entry in entries if entry.amount < 0)
        return {
            "month": month,
            "currency": currency.upper(),
            "income": round(income * rate, 2),
            "spending": round(spending * rate, 2),
            "net": round(NET(income, spending) * rate, 2),
            "by_category": {name: round(total * rate, 2)
                            for name, total in ledger.totals_by_category(MONTH(month)).items()},
        }
    statement.monthly_statement = monthly_statement
"""

_GOOD = {"RATE": "lambda rates, ledger, currency: rates.get_rate(ledger.currency, currency)",
         "MONTH": "lambda month: month", "NET": "lambda income, spending: income - spending"}


def _statement(**changes):
    values = dict(_GOOD, **changes)
    return "".join("%s = %s\n" % item for item in values.items()) + _STATEMENT


INVERTED = _statement(RATE="lambda rates, ledger, currency: 1 / rates.get_rate(ledger.currency, currency)")
REVERSED_PAIR = _statement(RATE="lambda rates, ledger, currency: rates.get_rate(currency, ledger.currency)")
EVERY_MONTH = _statement(MONTH="lambda month: None")
WRONG_NET = _statement(NET="lambda income, spending: income + spending")


def check_tests_pass():
    """test_statement.py passes on the given code, offline"""
    run = _passing(TESTS, hint="Add tests to week1/day7/test_statement.py.")
    if run.note:
        print(run.note)


def check_catches_an_inverted_rate():
    """the tests fail when the statement divides by the rate"""
    _caught(TESTS, INVERTED, STATEMENT, "monthly_statement divided by the rate instead of multiplying",
            hint="Let the fake client return a rate other than 1.0 and assert the converted figures.")


def check_catches_a_reversed_pair():
    """the tests fail when the statement asks for the wrong currency pair"""
    _caught(TESTS, REVERSED_PAIR, STATEMENT, "monthly_statement asked for the rate the wrong way round",
            hint="Assert how the fake was called (assert_called_once_with), or let it answer only "
                 "the pair you expect.")


def check_catches_every_month():
    """the tests fail when the statement mixes months"""
    _caught(TESTS, EVERY_MONTH, STATEMENT, "monthly_statement counted entries from every month",
            hint="Build the statement for a ledger with entries in two months.")


def check_catches_a_wrong_net():
    """the tests fail when net adds spending instead of subtracting it"""
    _caught(TESTS, WRONG_NET, STATEMENT, "net was income plus spending",
            hint="Assert the net of a month with both income and spending.")
