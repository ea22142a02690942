"""Security tests: each one tries an attack and expects it to fail."""
import sqlite3

from secure_api.passwords import hash_password, verify_password
from secure_api.tokens import InvalidToken, create_token, decode_token
from secure_api.users import create_table, create_user, find_user

KEY = "k" * 32


def test_same_password_gives_different_hashes():
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first != second
    assert "correct horse" not in first
    assert verify_password("correct horse", first) and verify_password("correct horse", second)


def test_wrong_password_is_refused():
    assert not verify_password("wrong horse", hash_password("correct horse"))


def test_injection_finds_nobody():
    conn = sqlite3.connect(":memory:")
    create_table(conn)
    create_user(conn, "alice", hash_password("password1"))
    assert find_user(conn, "' OR '1'='1") is None
    assert find_user(conn, "alice' --") is None
    assert find_user(conn, "alice")["username"] == "alice"


def test_forged_or_expired_tokens_are_refused():
    token = create_token("alice", "user", KEY, ttl=60, now=1000)
    assert decode_token(token, [KEY], now=1010)["sub"] == "alice"
    for bad_key, when in (("x" * 32, 1010), (KEY, 1060)):
        try:
            decode_token(token, [bad_key], now=when)
        except InvalidToken:
            pass
        else:
            raise AssertionError("accepted a token it should refuse")
