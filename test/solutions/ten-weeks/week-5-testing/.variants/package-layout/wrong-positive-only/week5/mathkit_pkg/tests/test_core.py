from mathkit.core import gcd, is_prime


def test_gcd():
    assert gcd(12, 18) == 6


def test_primes():
    assert is_prime(7) and not is_prime(8)
