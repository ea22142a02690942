"""Tests for weather.py. Run them with `python -m pytest week5/test_weather.py`.

No test may reach a real weather service: give average_temperature a stand-in client.
"""
import pytest

from weather import average_temperature, read_cities


def test_read_cities_skips_comments(tmp_path):
    # TODO: write a small file under tmp_path with a comment line and a blank line in it,
    # and assert which names read_cities returns
    pass


def test_average_asks_for_each_city():
    # TODO: a stand-in client whose get returns {"temp": ...}; assert the average and
    # which paths were asked for
    pass


# TODO: a test that a file with no city makes average_temperature raise ValueError
