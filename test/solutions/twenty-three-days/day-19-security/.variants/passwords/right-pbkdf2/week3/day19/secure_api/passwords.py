import hashlib
import hmac
import secrets

ROUNDS = 600_000


def hash_password(password):
    salt = secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), ROUNDS).hex()
    return "pbkdf2_sha256:%d:%s:%s" % (ROUNDS, salt, digest)


def verify_password(password, stored):
    parts = stored.split(":")
    if len(parts) != 4 or parts[0] != "pbkdf2_sha256" or not parts[1].isdigit():
        return False
    try:
        salt = bytes.fromhex(parts[2])
    except ValueError:
        return False
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, int(parts[1])).hex()
    return hmac.compare_digest(candidate, parts[3])
