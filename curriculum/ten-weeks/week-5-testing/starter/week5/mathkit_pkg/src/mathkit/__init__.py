"""mathkit: the week 2 maths toolkit as an installable package."""
from .core import gcd, is_prime

__all__ = ["gcd", "is_prime"]
