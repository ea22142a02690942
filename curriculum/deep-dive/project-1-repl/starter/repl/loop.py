"""The interactive loop: prompt, read, evaluate, print, repeat."""

from __future__ import annotations

from typing import Any, List, Optional

from repl.errors import format_error
from repl.evaluator import evaluate
from repl.reader import INCOMPLETE, classify

PS1 = ">>> "
PS2 = "... "


def run_repl(namespace: Optional[dict[str, Any]] = None) -> List[str]:
    """Run an interactive session until ``:quit`` or end of input; return the history.

    Prompts with ``PS1`` for new input and ``PS2`` while a block is still open. A value
    other than ``None`` is printed with ``repr`` and stored as ``_``; an error is printed
    with ``format_error`` and the session goes on. Blank lines at the ``PS1`` prompt are
    skipped. ``:history`` lists past entries as ``<n>: <first line>``; ``:quit`` stops
    silently; end of input prints one newline and stops. Each evaluated entry is
    recorded in the history without trailing white space; meta-commands are not.
    """
    # Milestone 4: read with input(prompt) until EOFError, collecting lines in a buffer.
    raise NotImplementedError("run_repl() is not written yet")
