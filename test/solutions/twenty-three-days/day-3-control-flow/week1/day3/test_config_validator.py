"""Tests for week1/day3/config_validator.py. Run them with:  python -m pytest -v week1/day3"""
from pathlib import Path

import pytest

from config_validator import (
    ConfigFileError,
    MissingFieldError,
    WrongTypeError,
    check_config,
    load_config,
    validate,
)

SCHEMA = {
    "name": str,
    "debug?": bool,
    "database": {"host": str, "port": int},
    "servers": [{"host": str}],
}


def good() -> dict:
    return {"name": "shop", "database": {"host": "db", "port": 5432}, "servers": [{"host": "a"}]}


def test_a_valid_config_has_no_problems() -> None:
    assert validate(good(), SCHEMA) == []


def test_a_missing_field_is_reported() -> None:
    config = good()
    del config["name"]
    [problem] = validate(config, SCHEMA)
    assert isinstance(problem, MissingFieldError)
    assert problem.path == "name"


def test_optional_fields_may_be_left_out() -> None:
    config = good()
    config.pop("debug", None)
    assert validate(config, SCHEMA) == []


@pytest.mark.parametrize("value, actual", [("5432", "str"), (True, "bool"), (None, "NoneType")])
def test_wrong_port_types(value: object, actual: str) -> None:
    config = good()
    config["database"]["port"] = value
    [problem] = validate(config, SCHEMA)
    assert isinstance(problem, WrongTypeError)
    assert (problem.path, problem.expected, problem.actual) == ("database.port", "int", actual)


def test_problems_in_list_items_have_an_index() -> None:
    config = good()
    config["servers"] = [{"host": "a"}, {}]
    assert [p.path for p in validate(config, SCHEMA)] == ["servers[1].host"]


def test_load_config_reads_json(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text('{"name": "x"}', encoding="utf-8")
    assert load_config(path) == {"name": "x"}


def test_broken_json_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text('{\n  "name": "x",\n  oops\n}', encoding="utf-8")
    with pytest.raises(ConfigFileError) as info:
        load_config(path)
    assert info.value.line == 3


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigFileError):
        load_config(tmp_path / "absent.json")


def test_check_config_points_at_the_line(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text('{\n  "name": "x",\n  "database": {\n    "host": "db",\n    "port": "80"\n  },\n'
                    '  "servers": []\n}\n', encoding="utf-8")
    with pytest.raises(WrongTypeError) as info:
        check_config(path, SCHEMA)
    assert info.value.line == 5
