"""Drops exactly one frame, as if only the caller of exec came before the input."""

from __future__ import annotations

import traceback

from repl.evaluator import REPL_FILENAME  # noqa: F401


def format_error(exc: BaseException) -> str:
    tb = exc.__traceback__
    if isinstance(exc, SyntaxError) or tb is None or tb.tb_next is None:
        lines = traceback.format_exception_only(type(exc), exc)
    else:
        lines = traceback.format_exception(type(exc), exc, tb.tb_next)
    return "".join(lines).rstrip("\n")
