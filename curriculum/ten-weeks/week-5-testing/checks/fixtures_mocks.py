"""Checks for the `fixtures-mocks` milestone: week5/test_weather.py.

The learner's tests must use a fixture and a stand-in client, pass on the working weather.py,
and fail on copies with one behaviour broken.
"""
import ast

from pymastery import fail, learner_path
from pymastery import learner_tests

TESTS = ["week5/test_weather.py"]
CODE = ["week5/weather.py"]

KEEPS_COMMENTS = """
def mutate(weather):
    def read_cities(path):
        with open(path, encoding="utf-8") as handle:
            return [line.strip() for line in handle if line.strip()]
    weather.read_cities = read_cities
"""

WRONG_PATH = """
def mutate(weather):
    def average_temperature(path, client):
        cities = weather.read_cities(path)
        if not cities:
            raise ValueError("the file lists no city")
        temps = [client.get("/weather/" + city.lower())["temp"] for city in cities]
        return sum(temps) / len(temps)
    weather.average_temperature = average_temperature
"""

EMPTY_GIVES_ZERO = """
def mutate(weather):
    working = weather.average_temperature
    def average_temperature(path, client):
        return working(path, client) if weather.read_cities(path) else 0.0
    weather.average_temperature = average_temperature
"""

FIXTURE_PARAMS = {"tmp_path", "tmpdir", "monkeypatch", "tmp_path_factory"}
MOCK_NAMES = {"Mock", "MagicMock", "patch", "create_autospec", "call", "AsyncMock"}

_runs = {}


def _run(mutation=None):
    if mutation not in _runs:
        _runs[mutation] = learner_tests.run_tests(TESTS, CODE, mutation, block_network=True)
    return _runs[mutation]


def _tree():
    try:
        with open(learner_path(TESTS[0]), "rb") as handle:
            return ast.parse(handle.read())
    except FileNotFoundError:
        fail(TESTS[0] + " is missing.")
    except SyntaxError as error:
        fail("%s has a syntax error on line %s." % (TESTS[0], error.lineno))


def _is_fixture_decorator(node):
    target = node.func if isinstance(node, ast.Call) else node
    return (isinstance(target, ast.Attribute) and target.attr == "fixture") or (
        isinstance(target, ast.Name) and target.id == "fixture")


def _functions(tree):
    return [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]


def check_uses_fixture_and_mock():
    """the tests use a fixture and a mock (unittest.mock or monkeypatch)"""
    tree = _tree()
    functions = _functions(tree)
    own_fixture = any(_is_fixture_decorator(d) for f in functions for d in f.decorator_list)
    params = {a.arg for f in functions if f.name.startswith("test")
              for a in f.args.args + f.args.kwonlyargs}
    if not (own_fixture or params & FIXTURE_PARAMS):
        fail("None of your tests uses a fixture.",
             hint="Name tmp_path as a test's parameter to get a fresh folder for the cities "
                  "file, or write your own function decorated with @pytest.fixture.")
    uses_mock = "monkeypatch" in params
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in ("unittest.mock", "mock"):
            uses_mock = True
        elif isinstance(node, ast.ImportFrom) and node.module == "unittest" and any(
                alias.name == "mock" for alias in node.names):
            uses_mock = True
        elif isinstance(node, ast.Import) and any(
                alias.name in ("unittest.mock", "mock") for alias in node.names):
            uses_mock = True
    if not uses_mock:
        fail("Your tests use no mock: no import from unittest.mock and no monkeypatch.",
             hint="`from unittest import mock`, then `client = mock.Mock()` and "
                  "`client.get.return_value = {\"temp\": 20.0}` make a client that records "
                  "every call.")


def check_tests_pass():
    """your tests run and pass on the working weather.py, without the network"""
    run = _run()
    learner_tests.require_tests(run, TESTS[0],
                                hint="pytest collects functions whose names start with test_.")
    learner_tests.expect_all_pass(run, "the working weather.py",
                                  hint="weather.py is correct: a test that fails on it expects "
                                       "the wrong thing.")


def _caught(mutation, broken, hint):
    learner_tests.require_tests(_run(), TESTS[0], hint="Write test_ functions first.")
    learner_tests.expect_caught(_run(mutation), broken, hint=hint)


def check_catches_file_bug():
    """a read_cities that keeps comment lines is caught"""
    _caught(KEEPS_COMMENTS, "read_cities kept the lines starting with #",
            hint="Write a file under tmp_path that has a comment line, and assert the exact "
                 "list read_cities returns.")


def check_catches_client_bugs():
    """asking the client for the wrong path, or giving 0 for an empty file, is caught"""
    _caught(WRONG_PATH, 'average_temperature asked the client for "/weather/oslo" '
                        'instead of "/weather/Oslo"',
            hint="A Mock remembers its calls: assert on client.get.call_args_list, or use "
                 "client.get.assert_any_call(...) with the exact path.")
    _caught(EMPTY_GIVES_ZERO, "average_temperature returned 0.0 for a file with no city",
            hint="`with pytest.raises(ValueError):` around the call on a file with no city.")
