"""Storing passwords so that a stolen database does not give them away."""
import base64
import hashlib
import hmac
import os

# scrypt settings: n is the cost (memory and time), r the block size, p the parallelism.
N, R, P = 2 ** 14, 8, 1
SALT_BYTES = 16


def hash_password(password: str) -> str:
    """A string to store instead of the password, such as "scrypt$n$r$p$salt$hash".

    Every call draws a new random salt, so the same password never gives the same string,
    and the string holds everything verify_password needs (the settings and the salt).
    """
    # TODO: a random salt, a slow key-derivation function, and one string to store.
    raise NotImplementedError


def verify_password(password: str, stored: str) -> bool:
    """Whether `password` is the one `stored` was made from. Never raises on a bad string."""
    # TODO: take the stored string apart, hash the candidate the same way, compare safely.
    raise NotImplementedError
