"""Checks for the `security-tests` milestone: test_security.py passes on the learner's code and
fails when one defence is taken away."""
from pymastery import fail
from pymastery import learner_tests

ROOT = "week3/day19/secure_api/"
GIVEN = [ROOT + "passwords.py", ROOT + "users.py", ROOT + "tokens.py"]
TESTS = ["week3/day19/test_security.py"]

_runs = {}


def _run(mutation=None, where=None):
    if not learner_tests.has_pytest():
        fail("This check runs your tests with pytest, and this interpreter does not have it.",
             hint=learner_tests.PYTEST_HINT)
    key = (mutation, where)
    if key not in _runs:
        _runs[key] = learner_tests.run_tests(TESTS, GIVEN, mutation, mutated=where, block_network=True)
    return _runs[key]


def _caught(mutation, where, broken, hint):
    check_tests_pass()
    learner_tests.expect_caught(_run(mutation, where), broken, hint=hint)


def check_tests_pass():
    """test_security.py has tests, and they pass on your code"""
    run = _run()
    learner_tests.require_tests(run, TESTS[0], hint="Write test_ functions that try an attack each.")
    learner_tests.expect_all_pass(run, "your secure_api code",
                                  hint="Your code passed its own checks, so a failing test expects the wrong thing. "
                                       "Run `python -m pytest test_security.py` in week3/day19 to see why.")


UNSALTED = """
import hashlib

def mutate(passwords):
    passwords.hash_password = lambda password: hashlib.sha256(password.encode()).hexdigest()
    passwords.verify_password = lambda password, stored: hashlib.sha256(password.encode()).hexdigest() == stored
"""


def check_catches_unsalted_hashes():
    """your tests fail when passwords are stored as a plain SHA-256"""
    _caught(UNSALTED, GIVEN[0], "hash_password stored an unsalted SHA-256 of the password",
            hint="Hash the same password twice and assert the two strings differ, and that neither contains the password.")


FORMATTED = """
def mutate(users):
    def find_user(conn, username):
        row = conn.execute("SELECT username, password_hash, role FROM users WHERE username = '%s'"
                           % username).fetchone()
        if row is None:
            return None
        return {"username": row[0], "password_hash": row[1], "role": row[2]}

    users.find_user = find_user
"""


def check_catches_sql_injection():
    """your tests fail when find_user pastes the name into the SQL"""
    _caught(FORMATTED, GIVEN[1], "find_user built its query with % formatting",
            hint="Store a user in an in-memory database, then look up \"' OR '1'='1\" and assert you get None.")


UNSIGNED = """
import json

def mutate(tokens):
    def decode_token(token, keys, now=None):
        try:
            return json.loads(tokens._decode(token.split(".")[1]))
        except (ValueError, IndexError) as error:
            raise tokens.InvalidToken("malformed") from error

    tokens.decode_token = decode_token
"""


def check_catches_forged_tokens():
    """your tests fail when decode_token trusts any signature and ignores expiry"""
    _caught(UNSIGNED, GIVEN[2], "decode_token read the payload without checking the signature or exp",
            hint="Make a token with one key and assert decode_token with another key raises InvalidToken; "
                 "do the same with a `now` after its expiry.")
