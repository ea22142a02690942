"""Tests for mathkit.core."""
import logging

import pytest

from mathkit.core import gcd, is_prime


@pytest.mark.parametrize("a, b, expected", [(12, 18, 6), (17, 5, 1), (0, 9, 9), (0, 0, 0), (-12, 8, 4)])
def test_gcd(a, b, expected):
    assert gcd(a, b) == expected


@pytest.mark.parametrize("n", [2, 3, 5, 13, 97])
def test_primes(n):
    assert is_prime(n)


@pytest.mark.parametrize("n", [-7, 0, 1, 4, 9, 49, 100])
def test_not_primes(n):
    assert not is_prime(n)


def test_logs_the_divisor(caplog):
    with caplog.at_level(logging.DEBUG, logger="mathkit.core"):
        is_prime(91)
    assert "7 divides 91" in caplog.text
