"""Reading TOML in checks on every Python from 3.8: `tomllib` on 3.11+, `tomli` where it is
installed, else a small reader of our own for what pyproject.toml files hold (tables, arrays of
tables, dotted keys, strings, numbers, booleans, arrays and inline tables; no dates)."""
from __future__ import annotations

import re

from ._expect import fail

TOML_HINT = "Check the quotes, escapes and brackets around the line it names."


def parse_toml(text: str) -> dict:
    """The parsed document; raises ValueError (with the reader's message) when it doesn't parse."""
    try:
        import tomllib  # type: ignore[import-not-found]  # Python 3.11+
    except ImportError:
        try:
            import tomli as tomllib  # type: ignore[import-not-found,no-redef]
        except ImportError:
            tomllib = None  # type: ignore[assignment]
    if tomllib is not None:
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise ValueError(str(error)) from None
    try:
        return _MiniToml(text).parse()
    except IndexError as error:
        raise ValueError(str(error) or "the file ends too soon") from None


def read_toml(text: str, name: str = "pyproject.toml") -> dict:
    """The parsed document; TOML that doesn't parse fails the check, naming `name`."""
    try:
        return parse_toml(text)
    except ValueError as error:
        fail("%s is not valid TOML: %s" % (name, error), hint=TOML_HINT)
        raise  # unreachable: fail() raises


class _MiniToml:
    """Reads the part of TOML that pyproject.toml files use (no dates)."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, message):
        line = self.text.count("\n", 0, self.pos) + 1
        return ValueError("%s (line %d)" % (message, line))

    def skip(self, newlines=False):
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if char in " \t\r" or (newlines and char == "\n"):
                self.pos += 1
            elif char == "#":
                while self.pos < len(self.text) and self.text[self.pos] != "\n":
                    self.pos += 1
            else:
                break

    def parse(self):
        root = {}
        table = root
        while True:
            self.skip(newlines=True)
            if self.pos >= len(self.text):
                return root
            if self.text.startswith("[[", self.pos):
                self.pos += 2
                keys = self.keys("]]")
                self.pos += 2
                parent = self.descend(root, keys[:-1])
                array = parent.setdefault(keys[-1], [])
                if not isinstance(array, list):
                    raise self.error("%s is not an array of tables" % keys[-1])
                table = {}
                array.append(table)
            elif self.text[self.pos] == "[":
                self.pos += 1
                keys = self.keys("]")
                self.pos += 1
                table = self.descend(root, keys)
            else:
                keys = self.keys("=")
                self.pos += 1
                self.skip()
                target = self.descend(table, keys[:-1])
                if keys[-1] in target:
                    raise self.error("duplicate key %s" % keys[-1])
                target[keys[-1]] = self.value()
            self.skip()
            if self.pos < len(self.text) and self.text[self.pos] != "\n":
                raise self.error("unexpected %r" % self.text[self.pos])

    def descend(self, table, keys):
        for key in keys:
            table = table.setdefault(key, {})
            if isinstance(table, list):
                table = table[-1]
            if not isinstance(table, dict):
                raise self.error("%s is not a table" % key)
        return table

    def keys(self, end):
        keys = []
        while True:
            self.skip()
            if self.text[self.pos:self.pos + 1] in ('"', "'"):
                keys.append(self.string())
            else:
                match = re.compile(r"[A-Za-z0-9_-]+").match(self.text, self.pos)
                if not match:
                    raise self.error("expected a key")
                keys.append(match.group())
                self.pos = match.end()
            self.skip()
            if self.text.startswith(end, self.pos):
                return keys
            if self.text[self.pos:self.pos + 1] != ".":
                raise self.error("expected %r" % end)
            self.pos += 1

    def string(self):
        text = self.text
        for quote in ('"""', "'''"):
            if text.startswith(quote, self.pos):
                end = text.find(quote, self.pos + 3)
                if end < 0:
                    raise self.error("unclosed string")
                raw = text[self.pos + 3:end]
                self.pos = end + 3
                if raw.startswith("\n"):
                    raw = raw[1:]
                return self.unescape(raw) if quote == '"""' else raw
        quote = text[self.pos]
        end = self.pos + 1
        while end < len(text) and text[end] != quote:
            if text[end] == "\n":
                raise self.error("unclosed string")
            end += 2 if quote == '"' and text[end] == "\\" else 1
        if end >= len(text):
            raise self.error("unclosed string")
        raw = text[self.pos + 1:end]
        self.pos = end + 1
        return self.unescape(raw) if quote == '"' else raw

    def unescape(self, raw):
        simple = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "b": "\b", "f": "\f"}
        for char in raw:
            if (ord(char) < 0x20 and char not in "\t\n") or ord(char) == 0x7F:
                raise self.error("control character %r in a string: escape it" % char)

        def replace(match):
            body = match.group(1)
            if body[0] in "uU" and len(body) > 1:
                return chr(int(body[1:], 16))
            if body[0] == "\n":
                return ""
            if body not in simple:
                raise self.error("unknown escape \\%s in a string" % body)
            return simple[body]

        return re.sub(r'\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|\n\s*|.)', replace, raw, flags=re.S)

    def value(self):
        text = self.text
        char = text[self.pos:self.pos + 1]
        if char in ('"', "'"):
            return self.string()
        if char == "[":
            self.pos += 1
            items = []
            while True:
                self.skip(newlines=True)
                if text[self.pos:self.pos + 1] == "]":
                    self.pos += 1
                    return items
                items.append(self.value())
                self.skip(newlines=True)
                if text[self.pos:self.pos + 1] == ",":
                    self.pos += 1
                elif text[self.pos:self.pos + 1] != "]":
                    raise self.error("expected , or ] in an array")
        if char == "{":
            self.pos += 1
            table = {}
            self.skip()
            if text[self.pos:self.pos + 1] == "}":
                self.pos += 1
                return table
            while True:
                keys = self.keys("=")
                self.pos += 1
                self.skip()
                self.descend(table, keys[:-1])[keys[-1]] = self.value()
                self.skip()
                if text[self.pos:self.pos + 1] == "}":
                    self.pos += 1
                    return table
                if text[self.pos:self.pos + 1] != ",":
                    raise self.error("expected , or } in an inline table")
                self.pos += 1
        match = re.compile(r"[^\s,\]\}#]+").match(text, self.pos)
        if not match:
            raise self.error("expected a value")
        self.pos = match.end()
        word = match.group()
        if word in ("true", "false"):
            return word == "true"
        try:
            return int(word.replace("_", ""), 0)
        except ValueError:
            pass
        try:
            return float(word.replace("_", ""))
        except ValueError:
            return word  # a date or time: kept as text
