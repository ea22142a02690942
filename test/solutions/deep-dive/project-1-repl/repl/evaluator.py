"""Evaluate one piece of REPL input against a namespace that outlives the call."""

from __future__ import annotations

from typing import Any

#: The file name given to compiled input, so tracebacks can tell REPL code apart.
REPL_FILENAME = "<repl>"


def evaluate(source: str, namespace: dict[str, Any]) -> Any:
    """Run ``source`` in ``namespace`` and return the value of an expression.

    An expression (``1 + 2``, ``greet("Ada")``) is evaluated and its value returned.
    Anything else (``x = 5``, ``def f(): ...``, ``import math``) is executed and
    ``None`` is returned. The source is compiled with the file name ``REPL_FILENAME``.
    ``SyntaxError`` and errors raised by the code itself are not caught here.
    """
    try:
        code = compile(source, REPL_FILENAME, "eval")
    except SyntaxError:
        pass  # not an expression; compile it as statements below
    else:
        return eval(code, namespace)
    # Compiled outside the ``except`` block, so an error raised from here is not
    # chained to the SyntaxError of the 'eval' attempt.
    exec(compile(source, REPL_FILENAME, "exec"), namespace)
    return None
