"""Turn an exception into the short report a REPL user wants to read."""

from __future__ import annotations

from repl.evaluator import REPL_FILENAME


def format_error(exc: BaseException) -> str:
    """Describe ``exc`` the way an interactive session would, without a trailing newline.

    A ``SyntaxError`` is shown without a traceback: file, line, the source line with a
    caret, then ``SyntaxError: ...``. Any other exception gets a traceback that starts
    at the first frame compiled from REPL input (file name ``<repl>``) and keeps every
    frame after it. With no such frame, only the final ``Type: message`` line is shown.
    """
    # Milestone 3: walk exc.__traceback__, then let the traceback module do the layout.
    raise NotImplementedError("format_error() is not written yet")
