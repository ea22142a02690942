"""Bare `assert` statements in a check file, rewritten so a failure reports the values.

`assert total(items) == 10` becomes, in effect::

    left = total(items)
    right = 10
    if not (left == right):
        report_comparison("==", left, right, None)

so each operand is evaluated once, and the failure says `assert 7 == 10` with expected `10` and
actual `7`. Only check files are rewritten, never learner files.
"""
from __future__ import annotations

from ._failures import MESSAGE_REPR_LIMIT, AssertionFailed, short_repr
from ._stdlib import import_stdlib

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, List

#: Global names the rewritten code calls; not valid identifiers, so they can't clash.
COMPARISON_REPORTER = "@pymastery_comparison_failed"
TRUTH_REPORTER = "@pymastery_assert_failed"

_OPERATOR_SYMBOLS = {
    "Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=",
    "Is": "is", "IsNot": "is not", "In": "in", "NotIn": "not in",
}


def report_comparison(symbol: str, left: object, right: object, message: object) -> None:
    """Raises the failure of `assert left <symbol> right`."""
    text = "assert %s %s %s" % (short_repr(left, MESSAGE_REPR_LIMIT), symbol,
                                short_repr(right, MESSAGE_REPR_LIMIT))
    if message is not None:
        text = "%s\n%s" % (message, text)
    if symbol == "==":
        raise AssertionFailed(text, expected=short_repr(right), actual=short_repr(left))
    raise AssertionFailed(text)


def report_falsy(value: object, source: str, message: object) -> None:
    """Raises the failure of `assert <expression>` whose value was falsy."""
    shown = short_repr(value, MESSAGE_REPR_LIMIT)
    text = "assert %s" % shown if source in ("", shown) else "assert %s (it was %s)" % (
        source, shown)
    if message is not None:
        text = "%s\n%s" % (message, text)
    raise AssertionFailed(text)


def reporters() -> dict:
    """The globals a rewritten check module needs."""
    return {COMPARISON_REPORTER: report_comparison, TRUTH_REPORTER: report_falsy}


def rewrite_asserts(tree: Any, source: str) -> Any:
    """Rewrites every `assert` in a parsed check file (an `ast.Module`) in place."""
    ast = import_stdlib("ast")

    class Rewriter(ast.NodeTransformer):
        counter = 0

        def fresh_name(self) -> str:
            Rewriter.counter += 1
            return "@pymastery_value_%d" % Rewriter.counter

        def visit_Assert(self, node: Any) -> Any:
            message = node.msg if node.msg is not None else ast.Constant(value=None)
            test = node.test
            statements: List[Any] = []
            if isinstance(test, ast.Compare) and len(test.ops) == 1:
                symbol = _OPERATOR_SYMBOLS.get(type(test.ops[0]).__name__)
                left, right = self.fresh_name(), self.fresh_name()
                statements.append(_assign(ast, left, test.left))
                statements.append(_assign(ast, right, test.comparators[0]))
                condition = ast.Compare(left=_load(ast, left), ops=test.ops,
                                        comparators=[_load(ast, right)])
                report = _call(ast, COMPARISON_REPORTER,
                               [ast.Constant(value=symbol), _load(ast, left), _load(ast, right),
                                message])
            else:
                value = self.fresh_name()
                statements.append(_assign(ast, value, test))
                condition = _load(ast, value)
                text = ast.get_source_segment(source, test) or ""
                report = _call(ast, TRUTH_REPORTER,
                               [_load(ast, value), ast.Constant(value=text), message])
            statements.append(ast.If(
                test=ast.UnaryOp(op=ast.Not(), operand=condition),
                body=[ast.Expr(value=report)],
                orelse=[],
            ))
            for statement in statements:
                ast.copy_location(statement, node)
            return statements

    Rewriter().visit(tree)
    ast.fix_missing_locations(tree)
    return tree


def _assign(ast: Any, name: str, value: Any) -> Any:
    return ast.Assign(targets=[ast.Name(id=name, ctx=ast.Store())], value=value)


def _load(ast: Any, name: str) -> Any:
    return ast.Name(id=name, ctx=ast.Load())


def _call(ast: Any, function: str, arguments: list) -> Any:
    return ast.Call(func=_load(ast, function), args=arguments, keywords=[])
