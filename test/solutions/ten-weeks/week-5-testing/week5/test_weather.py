"""Tests for weather.py, with a file fixture and a mock client."""
from unittest import mock

import pytest

from weather import average_temperature, read_cities


@pytest.fixture
def cities_file(tmp_path):
    path = tmp_path / "cities.txt"
    path.write_text("Oslo\n# not a city\n\n  Lima  \n", encoding="utf-8")
    return path


def test_read_cities_skips_comments(cities_file):
    assert read_cities(cities_file) == ["Oslo", "Lima"]


def test_average_asks_for_each_city(cities_file):
    client = mock.Mock()
    client.get.side_effect = [{"temp": 10.0}, {"temp": 20.0}]
    assert average_temperature(cities_file, client) == 15.0
    assert client.get.call_args_list == [mock.call("/weather/Oslo"), mock.call("/weather/Lima")]


def test_empty_file_raises(tmp_path):
    path = tmp_path / "none.txt"
    path.write_text("# nothing here\n", encoding="utf-8")
    client = mock.Mock()
    with pytest.raises(ValueError):
        average_temperature(path, client)
    client.get.assert_not_called()
