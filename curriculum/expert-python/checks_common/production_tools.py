"""Readers for the files of the `production` lesson: a pyproject.toml (with tomllib where the
Python has it, else a small reader for the part of TOML that project files use) and a
Dockerfile (its instructions, in order)."""
import json
import re

from pymastery import parse_toml


# pyproject.toml is read with the harness's reader: tomllib where the Python has it, else a
# small reader for what project files hold. Its errors are ValueErrors that say where.
TomlError = ValueError


class Instruction:
    """One Dockerfile instruction: its `keyword` in capitals, its `args` text, the `line` it
    starts on, and `exec_form` (the JSON list) when the arguments are one."""

    def __init__(self, keyword, args, line):
        self.keyword = keyword
        self.args = args
        self.line = line
        self.exec_form = None
        if args.startswith("["):
            try:
                value = json.loads(args)
            except ValueError:
                value = None
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                self.exec_form = value

    def __repr__(self):
        return "%s %s" % (self.keyword, self.args)


def parse_dockerfile(text):
    """The instructions of a Dockerfile, comments and blank lines left out, lines ending in a
    backslash joined with the next."""
    instructions = []
    pending, start = "", 0
    for number, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if pending and stripped.startswith("#"):
            continue
        if not pending:
            start = number
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        whole = (pending + stripped).strip()
        pending = ""
        if not whole:
            continue
        keyword, _, args = whole.partition(" ")
        instructions.append(Instruction(keyword.upper(), args.strip(), start))
    if pending.strip():
        keyword, _, args = pending.strip().partition(" ")
        instructions.append(Instruction(keyword.upper(), args.strip(), start))
    return instructions
