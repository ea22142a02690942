"""Checks for the `load-config` milestone: reading the file and pointing at lines."""
import os
import tempfile

from pymastery import call, capture, expect, expect_equal, expect_in, expect_isinstance, fail, learner_module

CODE = "week1/day3/config_validator.py"
SCHEMA = {"name": str, "debug?": bool, "database": {"host": str, "port": int}}


def _write(text, name="config.json"):
    folder = tempfile.mkdtemp(prefix="pm-config-")
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path


def _raises_config_file_error(module, *args):
    outcome = capture(module.load_config, *args)
    if outcome.exception is None:
        fail("load_config(%r) returned %r instead of raising ConfigFileError." % (args[0], outcome.value),
             hint="Turn every way reading can go wrong into a ConfigFileError.", at=module.load_config)
    expect_isinstance(outcome.exception, module.ConfigFileError,
                      hint="Catch the low-level error (FileNotFoundError, json.JSONDecodeError) "
                           "and raise ConfigFileError instead, so callers need one except clause.",
                      at=module.load_config)
    return outcome.exception


def check_reads_json():
    """load_config returns the object in a JSON file"""
    module = learner_module(CODE)
    path = _write('{"name": "shop", "database": {"host": "db", "port": 5432}}')
    expect_equal(call(module.load_config, path).value,
                 {"name": "shop", "database": {"host": "db", "port": 5432}},
                 hint="Read the text with pathlib.Path(path).read_text() and json.loads() it.")
    from pathlib import Path
    expect_equal(call(module.load_config, Path(path)).value["name"], "shop",
                 hint="Accept a pathlib.Path as well as a str.")


def check_missing_file():
    """a missing file is a ConfigFileError that names it"""
    module = learner_module(CODE)
    path = os.path.join(tempfile.mkdtemp(prefix="pm-config-"), "nowhere.json")
    error = _raises_config_file_error(module, path)
    expect_in("nowhere.json", str(error), hint="Say which file could not be found.")


def check_bad_json_names_the_line():
    """invalid JSON is a ConfigFileError with the line of the mistake"""
    module = learner_module(CODE)
    path = _write('{\n  "name": "shop",\n  "port": 80,\n  "debug": tru\n}\n')
    error = _raises_config_file_error(module, path)
    expect_equal(getattr(error, "line", None), 4,
                 hint="json.JSONDecodeError has a lineno attribute. Pass it on as line=.")
    expect(error.__cause__ is not None or error.__context__ is not None,
           "The ConfigFileError lost the original JSON error.",
           hint="raise ConfigFileError(...) from error keeps the original for anyone debugging.")


def check_top_level_must_be_an_object():
    """a file whose top level is not an object is rejected"""
    module = learner_module(CODE)
    _raises_config_file_error(module, _write("[1, 2, 3]"))


def check_config_valid_file():
    """check_config returns a valid config"""
    module = learner_module(CODE)
    path = _write('{"name": "shop", "database": {"host": "db", "port": 5432}}')
    expect_equal(call(module.check_config, path, SCHEMA).value["database"]["port"], 5432,
                 hint="check_config is load_config, then validate; return the config when there "
                      "are no problems.")


def check_config_raises_first_problem_with_line():
    """check_config raises the first problem, with the line of its key"""
    module = learner_module(CODE)
    text = '{\n  "name": "shop",\n  "database": {\n    "host": "db",\n    "port": "5432"\n  }\n}\n'
    path = _write(text)
    outcome = capture(module.check_config, path, SCHEMA)
    expect_isinstance(outcome.exception, module.WrongTypeError,
                      hint="Raise the first problem validate found.", at=module.check_config)
    expect_equal(outcome.exception.path, "database.port", at=module.check_config)
    expect_equal(outcome.exception.line, 5,
                 hint="Search the file's lines for the key of the last part of the path "
                      "(\"port\") followed by a colon, and count lines from 1.",
                 at=module.check_config)
    expect_in("5", str(outcome.exception), hint="Show the line number in the message too.",
              at=module.ConfigError)
