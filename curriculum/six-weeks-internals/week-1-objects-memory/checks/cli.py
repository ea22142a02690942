"""Checks for the `cli` milestone: memviz's command line, for lists, dicts and custom objects."""
import re
import sys

from pymastery import call, capture, expect, expect_equal, expect_in, fail, learner_module

FIELD = re.compile(r"\b(type|size|refs|id)=(\S+)")


def _rows(stdout):
    rows = []
    for line in stdout.splitlines():
        fields = dict(FIELD.findall(line))
        if fields:
            rows.append(fields)
    return rows


def _check_row(row, value, expression):
    expect_equal(
        row.get("type"), type(value).__name__,
        message="the line for {} says type={}".format(expression, row.get("type")),
        hint="Print type=<type name> using describe(value)['type'].",
    )
    expect_equal(
        row.get("size"), str(sys.getsizeof(value)),
        message="the line for {} says size={}, this Python says {}".format(
            expression, row.get("size"), sys.getsizeof(value)),
        hint="Print size=<bytes> from describe(), for the value eval() gave you.",
    )
    expect(
        (row.get("refs") or "").isdigit(),
        "the line for {} has no refs=<number>".format(expression),
        hint="Print refs=<refcount> from describe().",
    )
    expect(
        re.fullmatch(r"(0x[0-9a-fA-F]+|\d+)", row.get("id") or "") is not None,
        "the line for {} has no id=<number>".format(expression),
        hint="Print id=<id> from describe().",
    )


def check_list_dict_and_custom_object():
    """one line per expression for a list, a dict and a Point"""
    tool = learner_module()
    expressions = ["[10, 20, 30, 40]", "{'a': 1, 'b': [2]}", "Point(3, 4)"]
    result = call(tool.main, list(expressions))
    expect_equal(result.value, 0, hint="Return 0 when every expression worked.")
    rows = _rows(result.stdout)
    expect_equal(
        len(rows), 3,
        hint="Print one line per expression, with type=, size=, refs= and id= fields.",
    )
    for row, expression in zip(rows, expressions):
        value = eval(expression, vars(tool))
        _check_row(row, value, expression)
        expect(
            any(line.startswith(expression) for line in result.stdout.splitlines()),
            "no line starts with the expression {}".format(expression),
            hint="Start each line with the expression as it was typed.",
        )


def check_demo_values():
    """with no expressions it shows a list, a dict and a Point"""
    tool = learner_module()
    result = call(tool.main, [])
    types = [row.get("type") for row in _rows(result.stdout)]
    expect_equal(
        sorted(types), ["Point", "dict", "list"],
        hint="When argv holds no expressions, inspect three demo values of your own: a list, "
             "a dict and a Point.",
    )
    expect_equal(result.value, 0, hint="Return 0 after showing the demo values.")


def check_dot_option():
    """--dot prints an object graph instead"""
    tool = learner_module()
    result = call(tool.main, ["--dot", "Point([1, 2], 'tip')"])
    expect_in("digraph", result.stdout, hint="With --dot, print object_graph(value).")
    expect_equal(_rows(result.stdout), [],
                 hint="With --dot, print the graph instead of the one-line summary.")
    expect(
        len(re.findall(r"->", result.stdout)) >= 4,
        "the graph for Point([1, 2], 'tip') has fewer than four edges",
        hint="The Point has two attributes and its list two items: four references to draw.",
    )


def check_bad_expression():
    """a broken expression is reported on stderr and the others still run"""
    tool = learner_module()
    outcome = capture(tool.main, ["1 / 0", "[5]"])
    if outcome.exception is not None:
        fail("main raised {} for the expression 1 / 0".format(type(outcome.exception).__name__),
             hint="Wrap the eval() of each expression in try/except Exception.")
    expect_in("error", outcome.stderr.lower(),
              hint="Print 'error: <expression>: <message>' to sys.stderr (print(..., file=sys.stderr)).")
    expect_equal(outcome.value, 1, hint="Return 1 when any expression failed.")
    rows = _rows(outcome.stdout)
    expect_equal([row.get("type") for row in rows], ["list"],
                 hint="Keep going after a failed expression: [5] should still get its line.")
