"""Readers for the files of the `production` lesson: a pyproject.toml (with tomllib where the
Python has it, else a small reader for the part of TOML that project files use) and a
Dockerfile (its instructions, in order)."""
import json
import re


class TomlError(ValueError):
    """The text is not TOML this reader understands; the message says where."""


def parse_toml(text):
    """The TOML `text` as nested dicts and lists."""
    try:
        import tomllib
    except ImportError:
        return _MiniToml(text).parse()
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise TomlError(str(err)) from None


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


class _MiniToml:
    """Tables, arrays of tables, dotted and quoted keys, strings, numbers, booleans, arrays
    (over several lines too) and inline tables: what a pyproject.toml holds."""

    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.line = 1

    def error(self, what):
        raise TomlError("line %d: %s" % (self.line, what))

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip_space(self, newlines=False):
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if char in " \t\r" or (newlines and char == "\n"):
                if char == "\n":
                    self.line += 1
                self.pos += 1
            elif char == "#":
                while self.pos < len(self.text) and self.text[self.pos] != "\n":
                    self.pos += 1
            else:
                return

    def end_of_line(self):
        self.skip_space()
        if self.peek() not in ("\n", ""):
            self.error("unexpected %r after a value" % self.peek())

    def parse(self):
        root = {}
        current = root
        while True:
            self.skip_space(newlines=True)
            if not self.peek():
                return root
            if self.text.startswith("[[", self.pos):
                self.pos += 2
                keys = self.key_path("]]")
                parent = self.table_at(root, keys[:-1])
                array = parent.setdefault(keys[-1], [])
                if not isinstance(array, list):
                    self.error("%s is not an array of tables" % ".".join(keys))
                current = {}
                array.append(current)
            elif self.peek() == "[":
                self.pos += 1
                keys = self.key_path("]")
                current = self.table_at(root, keys)
            else:
                keys = self.key_path("=")
                value = self.value()
                table = self.table_at(current, keys[:-1])
                if keys[-1] in table:
                    self.error("%s is defined twice" % ".".join(keys))
                table[keys[-1]] = value
            self.end_of_line()

    def table_at(self, table, keys):
        for key in keys:
            table = table.setdefault(key, {})
            if isinstance(table, list):
                table = table[-1]
            if not isinstance(table, dict):
                self.error("%s is not a table" % key)
        return table

    def key_path(self, closing):
        keys = []
        while True:
            self.skip_space()
            if self.peek() in "\"'":
                keys.append(self.string())
            else:
                match = _BARE_KEY.match(self.text, self.pos)
                if not match:
                    self.error("expected a key")
                keys.append(match.group())
                self.pos = match.end()
            self.skip_space()
            if self.peek() == ".":
                self.pos += 1
                continue
            if not self.text.startswith(closing, self.pos):
                self.error("expected %r" % closing)
            self.pos += len(closing)
            return keys

    def string(self):
        for quotes in ('"""', "'''"):
            if self.text.startswith(quotes, self.pos):
                end = self.text.find(quotes, self.pos + 3)
                if end < 0:
                    self.error("a multi-line string is never closed")
                body = self.text[self.pos + 3:end]
                self.line += body.count("\n")
                self.pos = end + 3
                return body[1:] if body.startswith("\n") else body
        quote = self.peek()
        end = self.pos + 1
        out = []
        while True:
            if end >= len(self.text) or self.text[end] == "\n":
                self.error("a string is never closed")
            char = self.text[end]
            if char == quote:
                break
            if char == "\\" and quote == '"':
                out.append(json.loads('"%s"' % self.text[end:end + 2]))
                end += 2
                continue
            out.append(char)
            end += 1
        self.pos = end + 1
        return "".join(out)

    def value(self):
        self.skip_space()
        char = self.peek()
        if char in "\"'":
            return self.string()
        if char == "[":
            self.pos += 1
            items = []
            while True:
                self.skip_space(newlines=True)
                if self.peek() == "]":
                    self.pos += 1
                    return items
                items.append(self.value())
                self.skip_space(newlines=True)
                if self.peek() == ",":
                    self.pos += 1
                elif self.peek() != "]":
                    self.error("expected , or ] in an array")
        if char == "{":
            self.pos += 1
            table = {}
            self.skip_space()
            if self.peek() == "}":
                self.pos += 1
                return table
            while True:
                keys = self.key_path("=")
                self.table_at(table, keys[:-1])[keys[-1]] = self.value()
                self.skip_space()
                if self.peek() == ",":
                    self.pos += 1
                elif self.peek() == "}":
                    self.pos += 1
                    return table
                else:
                    self.error("expected , or } in an inline table")
        match = re.compile(r"true|false|[+-]?[0-9_]+(\.[0-9_]+)?([eE][+-]?[0-9]+)?").match(self.text, self.pos)
        if not match:
            self.error("expected a value")
        self.pos = match.end()
        word = match.group().replace("_", "")
        if word in ("true", "false"):
            return word == "true"
        return float(word) if any(c in word for c in ".eE") else int(word)


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
