"""Checks for the `type-hints` milestone: every def in typeinspector.py is annotated, and mypy
(when the interpreter has it) finds nothing wrong."""

from pymastery import fail, skip
from pymastery.track import type_hints


TOOL = "week1/day1/typeinspector.py"


def check_every_function_is_annotated():
    """every parameter and every return type has a hint"""
    type_hints.expect_hints_everywhere(TOOL)


def check_mypy_finds_no_errors():
    """mypy finds no type errors (when it is installed)"""
    helper = type_hints
    errors = helper.run_mypy([TOOL])
    if errors is None:
        skip("mypy is not installed for this interpreter, so only the hints were read. Install "
             "it (python -m pip install mypy) to have them checked too.")
    if errors:
        path, line, text = errors[0]
        fail(
            "mypy: line %d: %s%s" % (line, text, " (and %d more)" % (len(errors) - 1)
                                     if len(errors) > 1 else ""),
            hint="Open a terminal and run python -m mypy %s to see every error. Either the hint "
                 "promises something the code does not do, or the code really mixes types up."
                 % TOOL,
            at=helper.enclosing_name(TOOL, line),
        )
