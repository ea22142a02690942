import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"


def hash_password(password, iterations=200_000):
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), b"", iterations)
    return "%s$%d$%s$%s" % (ALGORITHM, iterations, salt.hex(), digest.hex())


def verify_password(password, stored):
    try:
        algorithm, iterations, salt, digest = stored.split("$")
        again = hashlib.pbkdf2_hmac("sha256", password.encode(), b"", int(iterations))
        return algorithm == ALGORITHM and hmac.compare_digest(again, bytes.fromhex(digest))
    except ValueError:
        return False
