"""Week 4: an endless, lazy supply of primes."""


def primes():
    """Yield 2, 3, 5, 7, 11, ... for ever, working out each prime only when it is asked for.

    Keep the primes found so far; a number is prime when none of them up to its square root
    divides it.
    """
    # TODO
    raise NotImplementedError("primes is not written yet")
