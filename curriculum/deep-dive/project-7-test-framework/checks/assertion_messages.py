"""Milestone: assertions that explain their failures (minitest/rewrite.py)."""
from pymastery import call, capture, expect, expect_equal, expect_isinstance, learner_module


def _run(source, name="test_demo", filename="test_demo.py"):
    """Compile `source` with the learner's rewrite_asserts, run it, call its function `name`."""
    rewrite = learner_module()
    code = call(rewrite.rewrite_asserts, source, filename).value
    namespace = {"__name__": "demo_tests"}
    exec(code, namespace)
    return namespace, capture(namespace[name])


def _message(source, name="test_demo"):
    _, outcome = _run(source, name)
    expect_isinstance(outcome.exception, AssertionError,
                      hint="A failing assert must still raise AssertionError.")
    return str(outcome.exception)


def check_explain():
    """explain shows both values and, for lists, where they first differ"""
    rewrite = learner_module()
    expect_equal(call(rewrite.explain, [1, 2, 3], "==", [1, 2, 4]).value,
                 "[1, 2, 3] == [1, 2, 4]\nfirst difference at index 2: 3 != 4",
                 hint="The first line is f'{left!r} {symbol} {right!r}'; then zip the two lists "
                      "and stop at the first pair that differs.")
    expect_equal(call(rewrite.explain, (1, 2), "==", (1, 2, 3)).value,
                 "(1, 2) == (1, 2, 3)\nleft has 2 items, right has 3",
                 hint="When zip finds no difference, one list is the start of the other: "
                      "compare the lengths (a for loop's else block runs when no break happened).")
    expect_equal(call(rewrite.explain, "pear", "in", ["fig", "kiwi"]).value,
                 "'pear' in ['fig', 'kiwi']")
    expect_equal(call(rewrite.explain, [1], "!=", [1]).value, "[1] != [1]",
                 hint="Only == between two lists or tuples gets the second line.")


def check_comparison_failures_explain_themselves():
    """A failing `assert a == b` in rewritten code shows both values and the difference"""
    source = "def test_demo():\n    got = [n * 2 for n in (1, 2, 3)]\n    assert got == [2, 4, 7]\n"
    expect_equal(_message(source), "[2, 4, 6] == [2, 4, 7]\nfirst difference at index 2: 6 != 7",
                 hint="In an ast.NodeTransformer, visit_Assert replaces the statement with a call "
                      "to a helper that gets the left value, the symbol and the right value.")


def check_every_operator():
    """in, is not, <, and the others are explained too; passing asserts stay quiet"""
    source = (
        "def test_in():\n    assert 'z' in 'abc'\n"
        "def test_is_not():\n    found = None\n    assert found is not None\n"
        "def test_less():\n    assert 10 < 3\n"
        "def test_passing():\n"
        "    assert 1 == 1\n    assert 'a' in 'abc'\n    assert None is None\n"
        "    assert 2 >= 2\n    assert [1] != [2]\n    assert 3 not in []\n"
    )
    expect_equal(_message(source, "test_in"), "'z' in 'abc'")
    expect_equal(_message(source, "test_is_not"), "None is not None",
                 hint="OPERATORS maps each comparison node type (ast.IsNot, ...) to its symbol.")
    expect_equal(_message(source, "test_less"), "10 < 3")
    _, outcome = _run(source, "test_passing")
    expect(outcome.exception is None, "a passing assert raised %r" % (outcome.exception,),
           hint="Raise only when the comparison is false.")


def check_other_asserts():
    """`assert x` shows the expression and its value; an assert's own message is kept"""
    source = (
        "def is_even(n):\n    return n % 2 == 0\n"
        "def test_plain():\n    assert is_even(3)\n"
        "def test_custom():\n    assert 1 == 2, 'numbers disagree'\n"
    )
    expect_equal(_message(source, "test_plain"), "assert is_even(3) (False)",
                 hint="ast.get_source_segment(source, node.test) gives the expression as written.")
    expect_equal(_message(source, "test_custom"), "numbers disagree",
                 hint="When node.msg is not None, pass it along and use it as the message.")


def check_operands_run_once():
    """Each side of the comparison is evaluated exactly once"""
    source = (
        "calls = []\n"
        "def bump():\n    calls.append(1)\n    return len(calls)\n"
        "def test_demo():\n    assert bump() == 5\n"
    )
    namespace, outcome = _run(source)
    expect_isinstance(outcome.exception, AssertionError)
    expect_equal(len(namespace["calls"]), 1,
                 hint="Evaluate each side once, keep the value, and use that value both for the "
                      "comparison and for the message: passing the two expressions as arguments "
                      "to a helper function does exactly that.")
    expect_equal(str(outcome.exception), "1 == 5")


def check_keeps_line_numbers():
    """A failure still points at the assert's own line in the test file"""
    source = "import os\n\n\ndef test_demo():\n    total = 1\n\n    assert total == 2\n"
    _, outcome = _run(source, filename="test_lines.py")
    expect_isinstance(outcome.exception, AssertionError)
    tb = outcome.exception.__traceback__
    lines = []
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "test_lines.py":
            lines.append(tb.tb_lineno)
        tb = tb.tb_next
    expect_equal(lines, [7],
                 hint="ast.copy_location(new_node, old_node) and ast.fix_missing_locations(tree) "
                      "keep the new code on the assert's line; compile with the file name given.")


def check_docstring_and_future_import():
    """Files with a docstring and `from __future__` imports still compile and keep their docstring"""
    source = ('"""Tests for the till."""\nfrom __future__ import annotations\n\n'
              "def test_demo() -> None:\n    assert 2 + 2 == 5\n")
    namespace, outcome = _run(source)
    expect_equal(namespace.get("__doc__"), "Tests for the till.",
                 hint="Insert your helper import after the docstring, not before it.")
    expect_equal(str(outcome.exception), "4 == 5",
                 hint="`from __future__` imports must stay first in a module: insert your own "
                      "import after them.")
