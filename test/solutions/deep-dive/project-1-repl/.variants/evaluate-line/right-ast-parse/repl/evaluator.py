"""Decides with ast whether the input is one expression."""

from __future__ import annotations

import ast
from typing import Any

REPL_FILENAME = "<repl>"


def evaluate(source: str, namespace: dict[str, Any]) -> Any:
    tree = ast.parse(source, REPL_FILENAME, "exec")
    if len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr):
        return eval(compile(source, REPL_FILENAME, "eval"), namespace, namespace)
    exec(compile(tree, REPL_FILENAME, "exec"), namespace)
    return None
