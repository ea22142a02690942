"""Tests for week1/day3/config_validator.py. Run them with:  python -m pytest -v week1/day3

Write tests with valid configs and with broken ones. pytest's tmp_path fixture gives each
test an empty folder to write config files into.
"""
from config_validator import MissingFieldError, WrongTypeError, validate


def test_a_valid_config_has_no_problems() -> None:
    # TODO: validate a config that matches its schema and assert the list is empty.
    pass


def test_a_missing_field_is_reported() -> None:
    # TODO: leave out a required field and assert on the problem's type and path.
    pass
