import math


def fibonacci(n):
    if n < 0:
        raise ValueError("n must be 0 or more")
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def primes_up_to(limit):
    sieve = [True] * (limit + 1)
    primes = []
    for n in range(2, limit + 1):
        if sieve[n]:
            primes.append(n)
            for multiple in range(n * n, limit + 1, n):
                sieve[multiple] = False
    return primes


def gcd(a, b):
    return math.gcd(a, b)
