"""Checks for the `primes` milestone (week4/primes.py)."""
import itertools

from pymastery import call, expect, expect_equal, learner_module


def check_first_primes():
    """the first primes come out in order"""
    module = learner_module()
    stream = call(module.primes).value
    expect(hasattr(stream, "__next__"), "primes() returned %r, not an iterator" % (stream,),
           hint="Write primes as a generator: a function with `yield` in it.")
    expect_equal(list(itertools.islice(stream, 15)),
                 [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47],
                 hint="Count up from 2 with itertools.count and yield each number no found prime "
                      "divides.")


def check_goes_on():
    """it keeps going: the 2,000th prime is 17389"""
    module = learner_module()
    expect_equal(list(itertools.islice(call(module.primes).value, 1999, 2000)), [17389],
                 hint="Only divide by primes up to the square root of the candidate, or this "
                      "gets slow.")


def check_independent_streams():
    """each call starts its own stream from 2"""
    module = learner_module()
    first = call(module.primes).value
    next(first), next(first)
    second = call(module.primes).value
    expect_equal((next(second), next(first)), (2, 5),
                 hint="Keep the list of found primes inside the generator, not at module level.")
