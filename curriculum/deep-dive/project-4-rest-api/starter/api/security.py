"""Password hashes and signed access tokens, with only the standard library."""
import base64
import hashlib
import hmac
import json
import secrets

#: How many rounds of PBKDF2 a password hash costs.
ITERATIONS = 60_000
#: How long a token stays valid, in seconds.
TOKEN_TTL = 3600


class InvalidToken(Exception):
    """The token is malformed, was not signed with our secret, or has expired."""


def hash_password(password):
    """A string to store instead of `password`: a fresh random salt and a slow hash of the
    password with it (hashlib.pbkdf2_hmac), with whatever verify_password needs to check it."""
    raise NotImplementedError


def verify_password(password, stored):
    """True when `password` is the one `stored` (from hash_password) was made from.

    Anything that isn't a hash of ours gives False, never an exception."""
    raise NotImplementedError


def make_token(user_id, secret, now):
    """A token that says "user `user_id`, until now + TOKEN_TTL", signed with `secret`
    (bytes) so nobody without the secret can make or change one."""
    raise NotImplementedError


def read_token(token, secret, now):
    """The user id in `token`. Raises InvalidToken when the token is malformed, its signature
    doesn't match `secret`, or it expired at or before `now`."""
    raise NotImplementedError
