"""Tests for rates.py. They must never reach the network: patch urllib.request.urlopen."""
from unittest import mock

import pytest

from rates import RateError, RatesClient


def test_same_currency_needs_no_request() -> None:
    assert RatesClient().get_rate("EUR", "eur") == 1.0
