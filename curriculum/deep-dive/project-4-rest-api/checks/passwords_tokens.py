"""Milestone: password hashes and signed tokens (api/security.py)."""
import hashlib

from pymastery import call, capture, expect, expect_equal
from pymastery.track.web_project import fresh_import

SECRET = b"check-secret"
NOW = 1_700_000_000


def _rejected(security, token, secret, now, why, hint):
    outcome = capture(security.read_token, token, secret, now)
    expect(isinstance(outcome.exception, security.InvalidToken),
           "read_token(%r, ...) %s, but the token is %s: expected InvalidToken"
           % (token[:60], "raised %r" % outcome.exception if outcome.exception
              else "returned %r" % (outcome.value,), why),
           hint=hint)


def check_hash_hides_the_password():
    """hash_password salts: the same password hashes differently, and never shows through"""
    security = fresh_import("api.security")
    first = call(security.hash_password, "correct horse").value
    second = call(security.hash_password, "correct horse").value
    expect(isinstance(first, str), "hash_password returned %r, expected a str" % (first,))
    expect("correct horse" not in first,
           "the stored string %r contains the password itself" % first,
           hint="Store a hash of the password, never the password.")
    plain = [hashlib.new(name, b"correct horse").hexdigest() for name in ("md5", "sha1", "sha256")]
    expect(not any(digest in first for digest in plain),
           "the stored string holds an unsalted hash of the password",
           hint="A plain hash is the same for everyone with this password: mix in a random salt "
                "(secrets.token_bytes(16)) and use hashlib.pbkdf2_hmac.")
    expect(first != second, "hashing the same password twice gave the same string %r" % first,
           hint="Make a fresh random salt for every call and keep it in the stored string.")


def check_verify():
    """verify_password accepts the right password and refuses others"""
    security = fresh_import("api.security")
    stored = call(security.hash_password, "correct horse").value
    expect_equal(call(security.verify_password, "correct horse", stored).value, True,
                 hint="Take the salt (and rounds) back out of the stored string and hash the "
                      "password again the same way.")
    for wrong in ("correct horse ", "Correct horse", "", "battery staple"):
        expect_equal(call(security.verify_password, wrong, stored).value, False,
                     hint="Compare the digests with hmac.compare_digest.")
    for junk in ("", "not a hash", "a$b$c$d", stored.replace(stored[-1], "Z")):
        expect_equal(call(security.verify_password, "correct horse", junk).value, False,
                     hint="A stored string that can't be taken apart gives False: catch the "
                          "ValueError that splitting or bytes.fromhex raise.")


def check_token_round_trip():
    """A token made for a user reads back as that user until it expires"""
    security = fresh_import("api.security")
    token = call(security.make_token, 42, SECRET, NOW).value
    expect(isinstance(token, str), "make_token returned %r, expected a str" % (token,))
    expect_equal(call(security.read_token, token, SECRET, NOW).value, 42)
    expect_equal(call(security.read_token, token, SECRET, NOW + security.TOKEN_TTL - 1).value, 42,
                 hint="The token is valid until now + TOKEN_TTL: store that moment in it.")
    other = call(security.make_token, 7, SECRET, NOW).value
    expect_equal(call(security.read_token, other, SECRET, NOW).value, 7)


def check_expired_tokens():
    """A token read at or after its expiry time is refused"""
    security = fresh_import("api.security")
    token = call(security.make_token, 42, SECRET, NOW).value
    hint = "Put the expiry time (now + TOKEN_TTL) in the token and compare it with `now`."
    _rejected(security, token, SECRET, NOW + security.TOKEN_TTL, "expired", hint)
    _rejected(security, token, SECRET, NOW + 10 * security.TOKEN_TTL, "long expired", hint)


def check_forged_tokens():
    """Tokens signed with another secret, changed, or made up are refused"""
    security = fresh_import("api.security")
    token = call(security.make_token, 42, SECRET, NOW).value
    hint = ("Sign what the token says with hmac.new(secret, ..., hashlib.sha256), and in "
            "read_token recompute the signature and compare it before trusting anything.")
    _rejected(security, token, b"another secret", NOW, "signed with another secret", hint)
    for junk in ("", "42", "abc.def", "a.b.c", token + "x", "x" + token):
        _rejected(security, junk, SECRET, NOW, "made up",
                  "Any token you can't take apart and verify is an InvalidToken, "
                  "not another exception.")
    for position in range(len(token)):
        changed = token[:position] + ("A" if token[position] != "A" else "B") + token[position + 1:]
        outcome = capture(security.read_token, changed, SECRET, NOW)
        if outcome.exception is None:
            expect_equal(outcome.value, 42,
                         message="a token with character %d changed was read as user %r"
                                 % (position, outcome.value),
                         hint=hint)
        else:
            expect(isinstance(outcome.exception, security.InvalidToken),
                   "a token with character %d changed raised %r, expected InvalidToken"
                   % (position, outcome.exception),
                   hint="Catch what decoding a damaged token raises and raise InvalidToken.")
