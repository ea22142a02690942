"""Password hashes and signed access tokens, with only the standard library."""
import hashlib
import hmac
import os

ITERATIONS = 60_000
TOKEN_TTL = 3600


class InvalidToken(Exception):
    """The token is malformed, was not signed with our secret, or has expired."""


def hash_password(password):
    salt = os.urandom(12)
    return salt.hex() + ":" + hashlib.pbkdf2_hmac("sha512", password.encode(), salt, ITERATIONS).hex()


def verify_password(password, stored):
    if not isinstance(stored, str) or stored.count(":") != 1:
        return False
    salt, digest = stored.split(":")
    try:
        salt = bytes.fromhex(salt)
    except ValueError:
        return False
    again = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, ITERATIONS).hex()
    return hmac.compare_digest(again, digest)


def _mac(text, secret):
    return hmac.new(secret, text.encode(), hashlib.sha256).hexdigest()


def make_token(user_id, secret, now):
    text = "%d-%d" % (user_id, int(now) + TOKEN_TTL)
    return text + "-" + _mac(text, secret)


def read_token(token, secret, now):
    text, _, mac = token.rpartition("-")
    if not text or not hmac.compare_digest(mac, _mac(text, secret)):
        raise InvalidToken(token)
    user, _, expires = text.partition("-")
    if now >= int(expires):
        raise InvalidToken("expired")
    return int(user)
