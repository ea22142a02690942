import itertools


def primes():
    composites = {}
    for n in itertools.count(2):
        factors = composites.pop(n, None)
        if factors is None:
            composites[n * n] = [n]
            yield n
        else:
            for p in factors:
                composites.setdefault(n + p, []).append(p)
