"""Milestone: run a folder of tests with fixtures and parameters, and report (minitest/runner.py, minitest/params.py)."""
import re

from pymastery import call, expect, expect_equal, learner_module, temp_folder

MONEY = '''from minitest import fixture, parametrize

EVENTS = []


@fixture
def wallet():
    EVENTS.append("open")
    yield {"coins": 3}
    EVENTS.append("close")


def test_add():
    assert 1 + 1 == 2


@parametrize("a,b,total", [(1, 2, 3), (2, 2, 5)])
def test_sum(a, b, total):
    assert a + b == total


def test_wallet(wallet):
    assert wallet["coins"] == 3


def test_wallet_closed():
    assert EVENTS == ["open", "close"]


def test_lists():
    assert [1, 2, 3] == [1, 2, 4]


def test_broken():
    return {}["missing"]
'''
SHAPES = '''from minitest import parametrize


class TestSquare:
    @parametrize("side", [2, 3])
    def test_area(self, side):
        assert side * side in (4, 9)
'''
REPORT = [
    "test_money.py",
    "  ✓ test_add (T)",
    "  ✓ test_sum[1-2-3] (T)",
    "  ✗ test_sum[2-2-5] (T)",
    "      4 == 5",
    "  ✓ test_wallet (T)",
    "  ✓ test_wallet_closed (T)",
    "  ✗ test_lists (T)",
    "      [1, 2, 3] == [1, 2, 4]",
    "      first difference at index 2: 3 != 4",
    "  ! test_broken (T)",
    "      KeyError: 'missing'",
    "test_shapes.py",
    "  ✓ TestSquare::test_area[2] (T)",
    "  ✓ TestSquare::test_area[3] (T)",
    "",
    "6 passed, 2 failed, 1 error in T",
]


def _timeless(text):
    """The report's lines with every time written as T."""
    text = re.sub(r"\(\d+\.\d{3}s\)", "(T)", text)
    return re.sub(r" in \d+\.\d{3}s$", " in T", text, flags=re.M).splitlines()


def _run(files):
    runner = learner_module()
    with temp_folder(files) as folder:
        result = call(runner.run, folder.path())
    return result.value, _timeless(result.stdout)


def _line(lines, start):
    found = [n for n, line in enumerate(lines) if line.startswith(start)]
    expect(found, "no line of the report starts with %r:\n%s" % (start, "\n".join(lines)))
    return found[0]


def check_expand():
    """parametrize and expand turn one test into one case per set of values"""
    params = learner_module("minitest/params.py")

    def test_add(a, b, expected):
        pass

    def test_even(n):
        pass

    decorated = call(call(params.parametrize, "a, b,expected", [(1, 2, 3), (2, 2, 4)]).value,
                     test_add).value
    expect(decorated is test_add, "@parametrize(...) should give back the test function itself",
           hint="Store the cases on the function as an attribute and return it.")
    expect_equal(call(params.expand, test_add).value,
                 [("[1-2-3]", {"a": 1, "b": 2, "expected": 3}),
                  ("[2-2-4]", {"a": 2, "b": 2, "expected": 4})],
                 hint="Split the names on ',' and strip each; zip them with each case's values.")
    single = call(call(params.parametrize, "n", [4, "x"]).value, test_even).value
    expect_equal(call(params.expand, single).value, [("[4]", {"n": 4}), ("[x]", {"n": "x"})],
                 hint="With one name, each case is the value itself, not a tuple.")

    def test_plain():
        pass

    expect_equal(call(params.expand, test_plain).value, [("", {})],
                 hint="An undecorated test is one case with no suffix and no parameters.")


def check_report():
    """run prints each file, a line per test (with its message), and the totals"""
    _, lines = _run({"test_money.py": MONEY, "test_shapes.py": SHAPES})
    expect_equal(lines, REPORT,
                 hint="Group the collected items by item.file, print the file once, then one "
                      "line per case with f'  {symbol} {name}{suffix} ({seconds:.3f}s)' and "
                      "its message lines indented by six spaces.")


def check_counts():
    """run returns the number of tests passed, failed and in error"""
    counts, _ = _run({"test_money.py": MONEY, "test_shapes.py": SHAPES})
    expect_equal(counts, {"passed": 6, "failed": 2, "error": 1},
                 hint="Count every case, parametrized ones included.")


def check_fixtures_torn_down_between_tests():
    """A fixture's teardown has run before the next test starts"""
    _, lines = _run({"test_money.py": MONEY})
    closed = [line for line in lines if " test_wallet_closed " in line]
    expect(closed and closed[0].startswith("  ✓"),
           "test_wallet_closed did not pass, so the wallet fixture was not closed after "
           "test_wallet:\n" + "\n".join(lines),
           hint="Give each test the @fixture functions of its own module (item.module) and run "
                "it with call_with_fixtures, which tears them down.")


def check_rich_assertion_messages():
    """Failures in test files show the values, through the rewritten asserts"""
    _, lines = _run({"test_money.py": MONEY})
    where = _line(lines, "  ✗ test_lists")
    expect_equal(lines[where + 1:where + 3],
                 ["      [1, 2, 3] == [1, 2, 4]", "      first difference at index 2: 3 != 4"],
                 hint="Load test files through rewrite_asserts: in load_test_module, compile the "
                      "file's text with it and exec() the code in the module's namespace.")


def check_unknown_fixture_is_an_error():
    """A test that asks for a missing fixture is reported as an error, and the run goes on"""
    files = {"test_lonely.py": "def test_needs(nothing):\n    pass\n\n"
                               "def test_after():\n    pass\n"}
    counts, lines = _run(files)
    where = _line(lines, "  ! test_needs")
    expect(lines[where + 1].startswith("      FixtureError"),
           "the line after test_needs is %r" % lines[where + 1],
           hint="FixtureError is an Exception like any other: it makes the test an error.")
    expect_equal(counts, {"passed": 1, "failed": 0, "error": 1})
    expect_equal(lines[-1], "1 passed, 1 error in T")


def check_empty_folder():
    """A folder without tests says so"""
    counts, lines = _run({"notes.txt": "nothing here\n"})
    expect_equal(lines, ["", "no tests ran in T"])
    expect_equal(counts, {"passed": 0, "failed": 0, "error": 0},
                 hint="Return all three keys, even when a count is 0.")
