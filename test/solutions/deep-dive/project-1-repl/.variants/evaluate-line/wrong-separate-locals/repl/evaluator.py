"""Evaluates with a fresh globals dict and the namespace as locals: functions can't see names."""

from __future__ import annotations

from typing import Any

REPL_FILENAME = "<repl>"


def evaluate(source: str, namespace: dict[str, Any]) -> Any:
    try:
        code = compile(source, REPL_FILENAME, "eval")
    except SyntaxError:
        pass
    else:
        return eval(code, {}, namespace)
    exec(compile(source, REPL_FILENAME, "exec"), {}, namespace)
    return None
