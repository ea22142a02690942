"""Tests for mathkit.core. From week5/mathkit_pkg, run `python -m pytest`."""
from mathkit.core import gcd, is_prime


def test_gcd():
    # TODO
    pass


# TODO: tests for is_prime: small primes, 0 and 1, a square of a prime, a negative number.
