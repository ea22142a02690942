"""Math toolkit, part 2: number functions, fast because they remember or sieve."""
import functools


def fibonacci(n):
    """Return the n-th Fibonacci number: fibonacci(0) is 0, fibonacci(1) is 1.

    Raise ValueError for a negative n. Must stay fast for n in the hundreds.
    """
    # TODO
    raise NotImplementedError("fibonacci is not written yet")


def primes_up_to(limit):
    """Return the list of primes <= ``limit``, in order, with the sieve of Eratosthenes."""
    # TODO
    raise NotImplementedError("primes_up_to is not written yet")


def gcd(a, b):
    """Return the greatest common divisor of two ints (Euclid); gcd(0, 0) is 0."""
    # TODO
    raise NotImplementedError("gcd is not written yet")
