import hashlib
import hmac
import os


def hash_password(password):
    salt = os.urandom(16).hex()
    return salt + "$" + hashlib.sha256((salt + password).encode("utf-8")).hexdigest()


def verify_password(password, stored):
    salt, _, digest = stored.partition("$")
    if not digest:
        return False
    return hmac.compare_digest(hashlib.sha256((salt + password).encode("utf-8")).hexdigest(), digest)
