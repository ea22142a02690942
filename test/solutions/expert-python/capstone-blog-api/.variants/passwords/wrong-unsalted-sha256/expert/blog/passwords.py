import hashlib
import hmac

ALGORITHM = "pbkdf2_sha256"
SALT = "0" * 32


def hash_password(password, iterations=200_000):
    digest = hashlib.sha256(password.encode()).hexdigest()
    return "%s$%d$%s$%s" % (ALGORITHM, iterations, SALT, digest)


def verify_password(password, stored):
    try:
        return hmac.compare_digest(hash_password(password, int(stored.split("$")[1])), stored)
    except (ValueError, IndexError, AttributeError):
        return False
