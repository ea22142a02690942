import math


def fibonacci(n):
    if n < 0:
        raise ValueError("n must be 0 or more")
    return n if n < 2 else fibonacci(n - 1) + fibonacci(n - 2)


def primes_up_to(limit):
    return [n for n in range(2, limit + 1) if all(n % d for d in range(2, math.isqrt(n) + 1))]


def gcd(a, b):
    return math.gcd(a, b)
