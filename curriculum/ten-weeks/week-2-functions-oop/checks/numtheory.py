"""Checks for the `toolkit-numbers` milestone (week2/mathkit/numtheory.py)."""
from pymastery import call, capture, expect_equal, expect_raises, fail, learner_module


def check_fibonacci_values():
    """fibonacci gives the right numbers"""
    module = learner_module()
    expect_equal([call(module.fibonacci, n).value for n in range(10)],
                 [0, 1, 1, 2, 3, 5, 8, 13, 21, 34])
    expect_raises(ValueError, module.fibonacci, -1, hint="Refuse a negative n with ValueError.")


class _TooManyCalls(Exception):
    pass


def check_fibonacci_fast():
    """fibonacci(300) comes back at once"""
    module = learner_module()
    original = module.fibonacci
    calls = []

    def counting(n):
        calls.append(n)
        if len(calls) > 5000:
            raise _TooManyCalls()
        return original(n)

    # Recursive calls look fibonacci up in the module, so they come through `counting` too.
    module.fibonacci = counting
    try:
        result = capture(counting, 300)
    finally:
        module.fibonacci = original
    if isinstance(result.exception, _TooManyCalls):
        fail("fibonacci(300) made more than 5,000 calls of fibonacci and was stopped. Plain "
             "recursion needs more calls than there are atoms in the universe.",
             hint="Remember results (functools.lru_cache or your memoize from this week) so each "
                  "value is worked out once, or loop upwards keeping the last two numbers.")
    expect_equal(call(original, 300).value,
                 222232244629420445529739893461909967206666939096499764990979600)


def check_primes():
    """primes_up_to lists the primes up to the limit"""
    module = learner_module()
    expect_equal(call(module.primes_up_to, 30).value, [2, 3, 5, 7, 11, 13, 17, 19, 23, 29])
    expect_equal(call(module.primes_up_to, 2).value, [2], hint="The limit itself is included.")
    expect_equal(call(module.primes_up_to, 1).value, [], hint="There are no primes below 2.")
    expect_equal(len(call(module.primes_up_to, 200_000).value), 17984,
                 hint="Cross out the multiples of each prime p, starting at p * p.")


def check_gcd():
    """gcd finds the greatest common divisor"""
    module = learner_module()
    cases = [((12, 18), 6), ((17, 5), 1), ((0, 9), 9), ((0, 0), 0), ((-12, 8), 4), ((270, 192), 6)]
    expect_equal([call(module.gcd, *args).value for args, _ in cases], [want for _, want in cases],
                 hint="Replace (a, b) by (b, a % b) until b is 0; work with abs() of both.")
