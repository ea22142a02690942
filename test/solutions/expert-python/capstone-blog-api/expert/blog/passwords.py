"""Password storage: never the password, only a slow, salted hash of it."""
import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"


def _derive(password, salt, iterations):
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def hash_password(password, iterations=200_000):
    """Hash `password` with PBKDF2-HMAC-SHA256 and a new random salt of 16 bytes.

    Returns "pbkdf2_sha256$<iterations>$<salt as hex>$<hash as hex>", everything
    verify_password needs later. Hashing the same password twice gives two different texts.
    """
    salt = secrets.token_bytes(16)
    digest = _derive(password, salt, iterations)
    return "%s$%d$%s$%s" % (ALGORITHM, iterations, salt.hex(), digest.hex())


def verify_password(password, stored):
    """True when `password` is the one `stored` (made by hash_password) was made from.

    Read the iterations and the salt from `stored`, hash again, and compare in constant time.
    A `stored` text that is not in that format gives False, never an exception.
    """
    try:
        algorithm, iterations, salt, digest = stored.split("$")
        if algorithm != ALGORITHM:
            return False
        expected = bytes.fromhex(digest)
        actual = _derive(password, bytes.fromhex(salt), int(iterations))
    except (ValueError, AttributeError):
        return False
    return hmac.compare_digest(actual, expected)
