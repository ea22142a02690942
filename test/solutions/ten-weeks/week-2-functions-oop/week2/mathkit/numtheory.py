"""Math toolkit, part 2: number functions, fast because they remember or sieve."""
import functools


@functools.lru_cache(maxsize=None)
def fibonacci(n):
    """Return the n-th Fibonacci number: fibonacci(0) is 0, fibonacci(1) is 1.

    Raise ValueError for a negative n. Must stay fast for n in the hundreds.
    """
    if n < 0:
        raise ValueError("n must be 0 or more")
    if n < 2:
        return n
    return fibonacci(n - 1) + fibonacci(n - 2)


def primes_up_to(limit):
    """Return the list of primes <= ``limit``, in order, with the sieve of Eratosthenes."""
    if limit < 2:
        return []
    is_prime = bytearray([1]) * (limit + 1)
    is_prime[0] = is_prime[1] = 0
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            is_prime[n * n::n] = bytearray(len(range(n * n, limit + 1, n)))
    return [n for n in range(limit + 1) if is_prime[n]]


def gcd(a, b):
    """Return the greatest common divisor of two ints (Euclid); gcd(0, 0) is 0."""
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a
