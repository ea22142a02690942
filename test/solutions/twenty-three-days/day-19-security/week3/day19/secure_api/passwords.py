"""Storing passwords so that a stolen database does not give them away."""
import base64
import hashlib
import hmac
import os

# scrypt settings: n is the cost (memory and time), r the block size, p the parallelism.
N, R, P = 2 ** 14, 8, 1
SALT_BYTES = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str) -> str:
    """A string to store instead of the password: "scrypt$n$r$p$salt$hash".

    Every call draws a new random salt, so the same password never gives the same string.
    """
    salt = os.urandom(SALT_BYTES)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=N, r=R, p=P)
    return "scrypt$%d$%d$%d$%s$%s" % (N, R, P, _b64(salt), _b64(digest))


def verify_password(password: str, stored: str) -> bool:
    """Whether `password` is the one `stored` was made from. Never raises on a bad string."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt),
                                n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)
