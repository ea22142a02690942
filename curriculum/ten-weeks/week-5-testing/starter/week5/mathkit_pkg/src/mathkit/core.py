"""Number functions, logging what they do through the module's own logger."""
import logging

log = logging.getLogger(__name__)


def gcd(a, b):
    """Greatest common divisor of two ints; gcd(0, 0) is 0."""
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    log.debug("gcd -> %d", a)
    return a


def is_prime(n):
    """True when n is a prime number (2, 3, 5, 7, ...)."""
    if n < 2:
        return False
    divisor = 2
    while divisor * divisor <= n:
        if n % divisor == 0:
            log.debug("%d divides %d", divisor, n)
            return False
        divisor += 1
    return True
