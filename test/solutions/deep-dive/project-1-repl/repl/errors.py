"""Turn an exception into the short report a REPL user wants to read."""

from __future__ import annotations

import traceback
from types import TracebackType
from typing import Optional

from repl.evaluator import REPL_FILENAME


def _from_first_repl_frame(tb: Optional[TracebackType]) -> Optional[TracebackType]:
    """Skip the frames that belong to the REPL itself, up to the learner's input."""
    while tb is not None and tb.tb_frame.f_code.co_filename != REPL_FILENAME:
        tb = tb.tb_next
    return tb


def format_error(exc: BaseException) -> str:
    """Describe ``exc`` the way an interactive session would, without a trailing newline.

    A ``SyntaxError`` is shown without a traceback: file, line, the source line with a
    caret, then ``SyntaxError: ...``. Any other exception gets a traceback that starts
    at the first frame compiled from REPL input (file name ``<repl>``) and keeps every
    frame after it. With no such frame, only the final ``Type: message`` line is shown.
    """
    tb = _from_first_repl_frame(exc.__traceback__)
    if isinstance(exc, SyntaxError) or tb is None:
        lines = traceback.format_exception_only(type(exc), exc)
    else:
        lines = traceback.format_exception(type(exc), exc, tb)
    return "".join(lines).rstrip("\n")
