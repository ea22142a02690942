"""The interactive loop: prompt, read, evaluate, print, repeat."""

from __future__ import annotations

from typing import Any, List, Optional

from repl.errors import format_error
from repl.evaluator import evaluate
from repl.reader import INCOMPLETE, classify

PS1 = ">>> "
PS2 = "... "


def _show_history(history: List[str]) -> None:
    for number, entry in enumerate(history, start=1):
        print(f"{number}: {entry.splitlines()[0]}")


def run_repl(namespace: Optional[dict[str, Any]] = None) -> List[str]:
    """Run an interactive session until ``:quit`` or end of input; return the history.

    Prompts with ``PS1`` for new input and ``PS2`` while a block is still open. A value
    other than ``None`` is printed with ``repr`` and stored as ``_``; an error is printed
    with ``format_error`` and the session goes on. Blank lines at the ``PS1`` prompt are
    skipped. ``:history`` lists past entries as ``<n>: <first line>``; ``:quit`` stops
    silently; end of input prints one newline and stops. Each evaluated entry is
    recorded in the history without trailing white space; meta-commands are not.
    """
    namespace = namespace or {"__name__": "__main__"}
    history: List[str] = []
    buffer: List[str] = []
    while True:
        try:
            line = input(PS2 if buffer else PS1)
        except EOFError:
            print()
            return history
        except KeyboardInterrupt:
            print("\nKeyboardInterrupt")
            buffer.clear()
            continue

        if not buffer:
            command = line.strip()
            if not command:
                continue
            if command == ":quit":
                return history
            if command == ":history":
                _show_history(history)
                continue
            if command.startswith(":"):
                print(f"Unknown command {command} (try :history or :quit)")
                continue

        buffer.append(line)
        source = "\n".join(buffer)
        if classify(source) == INCOMPLETE:
            continue
        buffer.clear()
        history.append(source.rstrip())

        try:
            value = evaluate(source, namespace)
        except Exception as exc:  # the session survives any error in the input
            print(format_error(exc))
            continue
        if value is not None:
            print(repr(value))
            namespace["_"] = value
