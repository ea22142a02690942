"""Week 4: an endless, lazy supply of primes."""
import itertools


def primes():
    """Yield the primes for ever, testing each candidate against the primes found so far."""
    found = []
    for candidate in itertools.count(2):
        if all(candidate % p for p in itertools.takewhile(lambda p: p * p <= candidate, found)):
            found.append(candidate)
            yield candidate
