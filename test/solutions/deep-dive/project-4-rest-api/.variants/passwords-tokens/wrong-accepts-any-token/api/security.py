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


def _pbkdf2(password, salt, rounds):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, rounds)


def hash_password(password):
    salt = secrets.token_bytes(16)
    digest = _pbkdf2(password, salt, ITERATIONS)
    return "pbkdf2_sha256$%d$%s$%s" % (ITERATIONS, salt.hex(), digest.hex())


def verify_password(password, stored):
    try:
        scheme, rounds, salt, digest = stored.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        expected = bytes.fromhex(digest)
        actual = _pbkdf2(password, bytes.fromhex(salt), int(rounds))
    except (AttributeError, ValueError):
        return False
    return hmac.compare_digest(actual, expected)


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(body, secret):
    return _b64(hmac.new(secret, body.encode("ascii"), hashlib.sha256).digest())


def make_token(user_id, secret, now):
    payload = json.dumps({"sub": user_id, "exp": now + TOKEN_TTL}, separators=(",", ":"))
    body = _b64(payload.encode())
    return body + "." + _sign(body, secret)


def read_token(token, secret, now):
    body, dot, signature = str(token).partition(".")
    if not dot:
        raise InvalidToken("no signature")
    try:
        claims = json.loads(_unb64(body))
        user_id, expires = claims["sub"], claims["exp"]
    except (ValueError, KeyError, TypeError):
        raise InvalidToken("malformed token") from None
    if now >= expires:
        raise InvalidToken("token expired")
    return user_id
