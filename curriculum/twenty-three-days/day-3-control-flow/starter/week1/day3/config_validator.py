"""Day 3: check a configuration file against a schema and say exactly what is wrong.

Try it:  python week1/day3/config_validator.py week1/day3/example.json

A *schema* describes what a config must look like. It is one of:

- a type such as ``str``, ``int``, ``float``, ``bool`` or ``list``: the value must be of that
  type. ``bool`` values never count as ``int`` or ``float`` (even though ``True`` is an int in
  Python), and an ``int`` is fine where a ``float`` is expected;
- a dict from field name to schema: the value must be a dict. A name that ends with ``?`` (such
  as ``"debug?"``) is optional; every other field is required;
- a one-item list ``[schema]``: the value must be a list, and every item must match ``schema``.

Problems are reported with a *path* that says where they are: ``"name"``,
``"database.port"``, ``"servers[1].host"``, or ``""`` for the config as a whole.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional, Union

Schema = Any


class ConfigError(Exception):
    """Something is wrong with a configuration.

    ``ConfigError(message, path="", line=None)`` keeps ``path`` and ``line`` (the line number
    in the file, or None) as attributes. ``str(error)`` mentions the path, the message and
    the line when it is known, for example ``"database.port (line 5): expected int, got str"``.
    """

    # TODO: an __init__ that keeps path and line, and a __str__ that shows the path.


class ConfigFileError(ConfigError):
    """The file is missing, unreadable, or not a JSON object."""


class MissingFieldError(ConfigError):
    """A required field is absent."""


class WrongTypeError(ConfigError):
    """A field holds a value of the wrong type.

    ``WrongTypeError(path, expected, actual, line=None)`` takes type *names* such as ``"int"``
    and ``"str"`` and keeps them as ``expected`` and ``actual``.
    """

    # TODO: an __init__ with that signature.


def validate(config: object, schema: Schema, path: str = "") -> list[ConfigError]:
    """Return every problem found in ``config`` (an empty list when it is valid).

    - a required field that is missing gives a MissingFieldError at its path;
    - a value of the wrong type gives a WrongTypeError (``expected`` is the schema type's name,
      ``"dict"`` for a nested schema and ``"list"`` for a list schema);
    - problems come in schema order, and one problem never stops the search for others.
    """
    # TODO
    raise NotImplementedError("validate is not written yet")


def load_config(path: Union[str, Path]) -> dict[str, Any]:
    """Read a JSON file whose top level is an object and return it as a dict.

    Raise ConfigFileError when the file does not exist, when it is not valid JSON (with
    ``line`` set to the line of the mistake), or when its top level is not an object.
    Files ending in .yaml or .yml may be read with PyYAML when it is installed; without it,
    raise ConfigFileError saying so.
    """
    # TODO
    raise NotImplementedError("load_config is not written yet")


def check_config(path: Union[str, Path], schema: Schema) -> dict[str, Any]:
    """Load the file and validate it. Return the config when it is valid.

    Otherwise raise the first problem. For a WrongTypeError, set its ``line`` to the line of
    the file where that field's key appears, when the key can be found.
    """
    # TODO
    raise NotImplementedError("check_config is not written yet")


if __name__ == "__main__":
    example_schema = {"name": str, "debug?": bool, "database": {"host": str, "port": int}}
    for argument in sys.argv[1:]:
        try:
            check_config(argument, example_schema)
        except ConfigError as problem:
            print(f"{argument}: {problem}")
        else:
            print(f"{argument}: valid")
