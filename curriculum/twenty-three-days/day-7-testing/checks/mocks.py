"""Checks for the `mocks` milestone: test_rates.py replaces the network with mocks and still
pins down what the client sends and how it reads the answer."""

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


TESTS = ["week1/day7/test_rates.py"]

_CLIENT = """
import json
import urllib.request

def mutate(rates):
    RateError = rates.RateError

    def get_rate(self, base, quote):
        base, quote = base.upper(), quote.upper()
        if base == quote:
            return 1.0
        if CACHE_KEY(base, quote) in self._cache:
            return self._cache[CACHE_KEY(base, quote)]
        url = URL(self.base_url, base, quote)
        try:
            with urllib.request.urlopen(url, timeout=self.timeout) as response:
                payload = json.load(response)
        except WRAPPED as error:
            raise RateError(str(error)) from error
        try:
            rate = float(payload["rates"][quote])
        except (KeyError, TypeError, ValueError) as error:
            if LENIENT:
                return 0.0
            raise RateError("no rate") from error
        if rate <= 0 and not LENIENT:
            raise RateError("impossible rate")
        self._cache[CACHE_KEY(base, quote)] = rate
        return rate

    rates.RatesClient.get_rate = get_rate
"""

_GOOD = {"CACHE_KEY": "lambda base, quote: (base, quote)",
         "URL": "lambda root, base, quote: '%s/latest?base=%s&symbols=%s' % (root, base, quote)",
         "WRAPPED": "(OSError, ValueError)", "LENIENT": "False"}


def _client(**changes):
    values = dict(_GOOD, **changes)
    return "".join("%s = %s\n" % item for item in values.items()) + _CLIENT


WRONG_URL = _client(URL="lambda root, base, quote: '%s/latest?base=%s' % (root, base)")
LENIENT = _client(LENIENT="True")
CACHE_BY_BASE = _client(CACHE_KEY="lambda base, quote: base")
UNWRAPPED = _client(WRAPPED="(ValueError,)")


def check_tests_pass_offline():
    """test_rates.py passes with the network blocked"""
    run = _passing(TESTS, hint="Add tests to week1/day7/test_rates.py.")
    if run.note:
        print(run.note)


def check_catches_a_wrong_url():
    """the tests fail when the client asks the wrong URL"""
    _caught(TESTS, WRONG_URL, RATES, "get_rate left symbols=... out of the URL",
            hint="A mock remembers how it was called: assert on urlopen.call_args to check the "
                 "exact URL.")


def check_catches_nonsense_answers():
    """the tests fail when a nonsense answer gives 0.0 instead of RateError"""
    _caught(TESTS, LENIENT, RATES, "get_rate returned 0.0 for answers without a usable rate",
            hint="Make the patched urlopen answer {} or a negative rate, and assert RateError.")


def check_catches_a_cache_by_base_only():
    """the tests fail when the cache mixes up currencies"""
    _caught(TESTS, CACHE_BY_BASE, RATES, "the cache kept one rate per base currency, whatever the quote",
            hint="Ask for two different pairs with the same base (side_effect can give a "
                 "different answer per call) and check both rates and the number of requests.")


def check_catches_unwrapped_network_errors():
    """the tests fail when a network error escapes as OSError"""
    _caught(TESTS, UNWRAPPED, RATES, "an OSError from urlopen came out unchanged",
            hint="Give the mock side_effect=OSError(...) and assert that RateError comes out.")
