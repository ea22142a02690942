"""Checks for the `passwords` milestone: hash_password and verify_password in expert/blog/passwords.py."""
from pymastery import call, expect, expect_equal, learner_module


def _parts(stored):
    parts = stored.split("$") if isinstance(stored, str) else []
    expect(len(parts) == 4, "hash_password returned %r, not algorithm$iterations$salt$hash" % (stored,),
           hint="Join the four parts with \"$\": \"pbkdf2_sha256$%d$%s$%s\" % (iterations, salt.hex(), digest.hex()).")
    return parts


def check_stores_no_password():
    """the stored text holds the algorithm, iterations, a 16-byte salt and the hash, not the password"""
    passwords = learner_module()
    stored = call(passwords.hash_password, "tr0ub4dor&3", 1000).value
    algorithm, iterations, salt, digest = _parts(stored)
    expect_equal((algorithm, iterations), ("pbkdf2_sha256", "1000"), hint="Put the iterations you were given in the text.")
    expect_equal(len(salt), 32, message="the salt is %r, not 16 bytes as hex" % salt, hint="secrets.token_bytes(16).hex() is 32 characters.")
    expect_equal(len(digest), 64, message="the hash is %r, not a SHA-256 digest as hex" % digest,
                 hint="hashlib.pbkdf2_hmac(\"sha256\", password.encode(), salt, iterations).hex()")
    expect("tr0ub4dor" not in stored, "the stored text contains the password itself")


def check_salted():
    """the same password hashed twice gives two different texts"""
    passwords = learner_module()
    first = call(passwords.hash_password, "same password", 1000).value
    second = call(passwords.hash_password, "same password", 1000).value
    expect(first != second, "hashing the same password twice gave the same text %r" % first,
           hint="Make a new random salt each time with the secrets module; without it, equal passwords have equal hashes, "
                "and one precomputed table cracks them all.")
    expect(_parts(first)[3] != _parts(second)[3], "two hashes of one password share their digest",
           hint="The salt must go into the hash itself, not only sit beside it.")


def check_verifies():
    """verify_password accepts the right password and refuses others"""
    passwords = learner_module()
    stored = call(passwords.hash_password, "Open Sesame", 1000).value
    expect(call(passwords.verify_password, "Open Sesame", stored).value is True,
           "verify_password refused the right password", hint="Read salt and iterations back from the text and hash again with them.")
    for wrong in ("open sesame", "Open Sesame ", ""):
        expect(call(passwords.verify_password, wrong, stored).value is False,
               "verify_password accepted %r for a hash of 'Open Sesame'" % wrong)


def check_uses_the_stored_iterations():
    """verify_password reads the iterations from the stored text"""
    passwords = learner_module()
    stored = call(passwords.hash_password, "s3cret!", 1234).value
    expect(call(passwords.verify_password, "s3cret!", stored).value is True,
           "a hash made with 1234 iterations did not verify",
           hint="Use int(iterations) from the stored text, not the default, when hashing again.")


def check_odd_input_is_false():
    """a stored text that is not a hash gives False, not an exception"""
    passwords = learner_module()
    for stored in ("", "plain-text", "pbkdf2_sha256$x$y$z", "md5$1$00$00", "pbkdf2_sha256$1000$zz$00"):
        expect(call(passwords.verify_password, "anything", stored).value is False,
               "verify_password('anything', %r) did not return False" % stored,
               hint="Wrap the parsing in try/except ValueError and return False; check the algorithm name too.")
