"""Milestone 2: rewrite assert statements so that a failure explains itself."""
from __future__ import annotations

import ast
import operator

HELPER = "_minitest_compare"
TRUTH_HELPER = "_minitest_truth"

OPERATORS = {
    ast.Eq: ("==", operator.eq), ast.NotEq: ("!=", operator.ne),
    ast.Lt: ("<", operator.lt), ast.LtE: ("<=", operator.le),
    ast.Gt: (">", operator.gt), ast.GtE: (">=", operator.ge),
    ast.In: ("in", lambda a, b: a in b), ast.NotIn: ("not in", lambda a, b: a not in b),
    ast.Is: ("is", operator.is_), ast.IsNot: ("is not", operator.is_not),
}
BY_SYMBOL = {symbol: test for symbol, test in OPERATORS.values()}


def explain(left, symbol: str, right) -> str:
    """The message for a failed ``assert left <symbol> right``.

    The first line is ``repr(left) symbol repr(right)``. For ``==`` between two lists or two
    tuples a second line points at the first difference: ``first difference at index 2:
    3 != 4``, or ``left has 3 items, right has 4`` when one is the start of the other.
    """
    lines = [f"{left!r} {symbol} {right!r}"]
    if symbol == "==" and isinstance(left, (list, tuple)) and isinstance(right, (list, tuple)):
        for index, (a, b) in enumerate(zip(left, right)):
            if a != b:
                lines.append(f"first difference at index {index}: {a!r} != {b!r}")
                break
        else:
            lines.append(f"left has {len(left)} items, right has {len(right)}")
    return "\n".join(lines)


def _minitest_compare(left, symbol, right, message=None):
    if not BY_SYMBOL[symbol](left, right):
        raise AssertionError(message if message is not None else explain(left, symbol, right))


def _minitest_truth(value, text, message=None):
    if not value:
        raise AssertionError(message if message is not None else f"assert {text} ({value!r})")


class _AssertRewriter(ast.NodeTransformer):
    def __init__(self, source):
        self.source = source

    def visit_Assert(self, node):
        message = [node.msg] if node.msg is not None else []
        test = node.test
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and type(test.ops[0]) in OPERATORS:
            symbol = OPERATORS[type(test.ops[0])][0]
            call = ast.Call(ast.Name(HELPER, ast.Load()),
                            [test.left, ast.Constant(symbol), test.comparators[0], *message], [])
        else:
            text = ast.get_source_segment(self.source, test) or "expression"
            call = ast.Call(ast.Name(TRUTH_HELPER, ast.Load()),
                            [test, ast.Constant(text), *message], [])
        return ast.copy_location(ast.Expr(call), node)


def rewrite_asserts(source: str, filename: str):
    """Compile ``source`` with every ``assert`` turned into a check that explains a failure.

    A failing ``assert a == b`` (or ``!=``, ``<``, ``<=``, ``>``, ``>=``, ``in``, ``not in``,
    ``is``, ``is not``) raises ``AssertionError(explain(a, "==", b))``; any other failing
    ``assert x`` raises ``AssertionError("assert x (<repr of its value>)")`` with the
    expression as written. An assert that has its own message keeps it. Each operand is
    evaluated once, line numbers stay those of the source, and the code runs with
    ``exec(code, namespace)`` in any fresh namespace: it brings what it needs itself.
    """
    tree = _AssertRewriter(source).visit(ast.parse(source, filename))
    position = 0
    body = tree.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        position = 1
    while position < len(body) and isinstance(body[position], ast.ImportFrom) \
            and body[position].module == "__future__":
        position += 1
    helper_import = ast.ImportFrom("minitest.rewrite", [ast.alias(HELPER, None),
                                                        ast.alias(TRUTH_HELPER, None)], 0)
    body.insert(position, helper_import)
    ast.fix_missing_locations(tree)
    return compile(tree, filename, "exec")
