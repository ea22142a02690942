"""Day 3: check a configuration file against a schema and say exactly what is wrong.

Try it:  python week1/day3/config_validator.py week1/day3/example.json
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, Optional, Union

Schema = Any  # a type, a dict of field name -> Schema, or a one-item list [Schema]


class ConfigError(Exception):
    """Something is wrong with a configuration. ``path`` says where, ``line`` the file line."""

    def __init__(self, message: str, path: str = "", line: Optional[int] = None) -> None:
        self.path = path
        self.line = line
        self.problem = message
        super().__init__(message)

    def __str__(self) -> str:
        where = self.path or "config"
        if self.line is not None:
            where += f" (line {self.line})"
        return f"{where}: {self.problem}"


class ConfigFileError(ConfigError):
    """The file is missing, unreadable, or not a JSON object."""


class MissingFieldError(ConfigError):
    """A required field is absent."""


class WrongTypeError(ConfigError):
    """A field holds a value of the wrong type."""

    def __init__(self, path: str, expected: str, actual: str, line: Optional[int] = None) -> None:
        self.expected = expected
        self.actual = actual
        super().__init__(f"expected {expected}, got {actual}", path, line)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _type_matches(value: object, expected: type) -> bool:
    if isinstance(value, bool):
        return expected is bool
    if expected is float:
        return isinstance(value, (int, float))
    return isinstance(value, expected)


def validate(config: object, schema: Schema, path: str = "") -> list[ConfigError]:
    """Return every problem, walking the schema with a stack instead of recursion."""
    problems: list[ConfigError] = []
    pending = [(config, schema, path)]
    while pending:
        value, rule, where = pending.pop(0)
        found: list = []
        if isinstance(rule, dict):
            if not isinstance(value, dict):
                problems.append(WrongTypeError(where, "dict", type(value).__name__))
                continue
            for raw_name, inner in rule.items():
                name = raw_name.rstrip("?")
                if name in value:
                    found.append((value[name], inner, _join(where, name)))
                elif not raw_name.endswith("?"):
                    found.append((None, MissingFieldError("required field is missing", _join(where, name)), None))
        elif isinstance(rule, list):
            if not isinstance(value, list):
                problems.append(WrongTypeError(where, "list", type(value).__name__))
                continue
            found = [(item, rule[0], f"{where}[{i}]") for i, item in enumerate(value)]
        elif not _type_matches(value, rule):
            problems.append(WrongTypeError(where, rule.__name__, type(value).__name__))
        # depth first, in schema order: children go to the front of the queue
        expanded = []
        for item in found:
            if isinstance(item[1], MissingFieldError):
                expanded.append(item)
            else:
                expanded.append(item)
        while expanded:
            item = expanded.pop()
            if isinstance(item[1], MissingFieldError):
                pending.insert(0, ("__missing__", item[1], None))
            else:
                pending.insert(0, item)
        while pending and pending[0][0] == "__missing__":
            problems.append(pending.pop(0)[1])
    return problems


def load_config(path: Union[str, Path]) -> dict[str, Any]:
    """Read a JSON (or, with PyYAML installed, YAML) file whose top level is an object."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigFileError(f"no such file: {file}") from None
    except OSError as error:
        raise ConfigFileError(f"cannot read {file}: {error.strerror}") from error
    if file.suffix.lower() in (".yaml", ".yml"):
        data = _load_yaml(text, file)
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ConfigFileError(f"not valid JSON: {error.msg}", line=error.lineno) from error
    if not isinstance(data, dict):
        raise ConfigFileError(f"the top level must be an object, not {type(data).__name__}")
    return data


def _load_yaml(text: str, file: Path) -> object:
    try:
        import yaml  # type: ignore[import-untyped]
    except ImportError:
        raise ConfigFileError(f"{file.name} is YAML, and PyYAML is not installed") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ConfigFileError("not valid YAML", line=mark.line + 1 if mark else None) from error


def find_line(text: str, path: str) -> Optional[int]:
    """The line where the last field named in ``path`` appears as a key, if it can be found."""
    names = [part for part in re.split(r"\.|\[\d+\]", path) if part]
    if not names:
        return None
    pattern = re.compile(r'"' + re.escape(names[-1]) + r'"\s*:')
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.search(line):
            return number
    return None


def check_config(path: Union[str, Path], schema: Schema) -> dict[str, Any]:
    """Load the file and validate it; raise the first problem (with its line) or return the config."""
    config = load_config(path)
    problems = validate(config, schema)
    if problems:
        first = problems[0]
        if first.line is None and isinstance(first, WrongTypeError):
            first.line = find_line(Path(path).read_text(encoding="utf-8"), first.path)
        raise first
    return config


if __name__ == "__main__":
    example_schema = {"name": str, "debug?": bool, "database": {"host": str, "port": int}}
    for argument in sys.argv[1:]:
        try:
            check_config(argument, example_schema)
        except ConfigError as problem:
            print(f"{argument}: {problem}")
        else:
            print(f"{argument}: valid")
