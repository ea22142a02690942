"""Checks for the `passwords` milestone: salted, slow password hashes (secure_api/passwords.py)."""
import hashlib
import time

from pymastery import call, expect, expect_equal, expect_isinstance
from pymastery.track.security_tools import secure


def check_right_and_wrong_passwords():
    """verify_password accepts the right password and refuses others"""
    passwords = secure("passwords")
    for password in ("correct horse battery", "ünïcödé ✓ pass", "short"):
        stored = call(passwords.hash_password, password).value
        expect_isinstance(stored, str, hint="Return one string to keep in the database.")
        expect_equal(call(passwords.verify_password, password, stored).value, True,
                     hint="Read the salt (and settings) back out of the stored string and hash the candidate the same way.")
        expect_equal(call(passwords.verify_password, password + "!", stored).value, False,
                     hint="Compare the new hash with the stored one; any other password must give False.")


def check_salted():
    """the same password gives a different string every time, and never shows"""
    passwords = secure("passwords")
    first = call(passwords.hash_password, "correct horse battery").value
    second = call(passwords.hash_password, "correct horse battery").value
    expect(first != second,
           "hash_password gave %r twice for the same password: it has no random salt." % (first,),
           hint="Draw a new salt for every call with os.urandom(16) (or secrets.token_bytes) and store it in the string.")
    expect("correct horse" not in first, "The stored string contains the password itself: %r" % (first,),
           hint="Store only the salt, the settings and the derived hash.")
    plain = [hashlib.sha256(b"correct horse battery").hexdigest(), hashlib.md5(b"correct horse battery").hexdigest()]
    expect(not any(p in first for p in plain), "The stored string contains a plain hash of the password.",
           hint="A plain hash is the same for everyone with that password: use hashlib.scrypt or hashlib.pbkdf2_hmac with a salt.")


def check_slow_on_purpose():
    """hashing one password takes real work (a key-derivation function, not one fast hash)"""
    passwords = secure("passwords")
    fastest = None
    for _ in range(3):
        started = time.perf_counter()
        call(passwords.hash_password, "correct horse battery")
        spent = time.perf_counter() - started
        fastest = spent if fastest is None else min(fastest, spent)
    expect(fastest >= 0.005,
           "hash_password took %.2f ms. One SHA-256 takes microseconds, so an attacker with your database "
           "could try billions of guesses a second." % (fastest * 1000),
           hint="Use hashlib.scrypt(password, salt=salt, n=2**14, r=8, p=1) or "
                "hashlib.pbkdf2_hmac(\"sha256\", password, salt, 600_000): slow for attackers, "
                "still fast enough for one login.")


def check_bad_stored_strings():
    """verify_password answers False, without raising, for strings it cannot read"""
    passwords = secure("passwords")
    for stored in ("", "not a hash", "scrypt$x$y", "$$$$$", "pbkdf2$$$"):
        expect_equal(call(passwords.verify_password, "anything", stored).value, False,
                     hint="Wrap the parsing in try/except (ValueError, TypeError) and return False: a broken row "
                          "must never let someone in, nor crash the login.")
