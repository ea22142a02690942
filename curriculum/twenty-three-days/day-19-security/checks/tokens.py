"""Checks for the `tokens` milestone: HS256 tokens made and checked by hand (secure_api/tokens.py)."""
import base64
import hashlib
import hmac
import json

from pymastery import call, expect, expect_equal, expect_isinstance, expect_raises, fail
from pymastery.track.security_tools import KEY, OLD_KEY, secure


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _token(claims, key=KEY, header=None):
    """A token the check makes itself, the way any JWT library would."""
    head = _b64(json.dumps(header or {"alg": "HS256", "typ": "JWT"}).encode())
    body = _b64(json.dumps(claims).encode())
    signature = _b64(hmac.new(key.encode(), (head + "." + body).encode(), hashlib.sha256).digest())
    return head + "." + body + "." + signature


def check_round_trip():
    """a token made by create_token decodes to its claims until it expires"""
    tokens = secure("tokens")
    token = call(tokens.create_token, "alice", "admin", KEY, ttl=60, now=1000).value
    expect_isinstance(token, str)
    claims = call(tokens.decode_token, token, [KEY], now=1030).value
    expect_isinstance(claims, dict, hint="Return the payload as a dict.")
    for name, value in (("sub", "alice"), ("role", "admin"), ("exp", 1060)):
        expect_equal(claims.get(name), value, hint="The payload holds sub, role, iat and exp = now + ttl.")
    expect_raises(tokens.InvalidToken, tokens.decode_token, token, [KEY], now=1060,
                  hint="A token is good while now < exp; at exp or later raise InvalidToken.")


def check_standard_format():
    """the token is a standard JWT: header.payload.signature, HS256, base64url"""
    tokens = secure("tokens")
    token = call(tokens.create_token, "alice", "user", KEY, ttl=60, now=1000).value
    parts = token.split(".")
    if len(parts) != 3:
        fail("The token has %d parts, not 3: %r" % (len(parts), token[:80]),
             hint="Join the encoded header, the encoded payload and the signature with dots.")
    try:
        header, payload = json.loads(_unb64(parts[0])), json.loads(_unb64(parts[1]))
    except ValueError:
        fail("The header and payload are not base64url-encoded JSON.", hint="Use _encode(json.dumps(...).encode()).")
    expect_equal(header.get("alg"), "HS256", hint="The header is {\"alg\": \"HS256\", \"typ\": \"JWT\"}.")
    expect_equal((payload.get("sub"), payload.get("exp")), ("alice", 1060))
    expected = _b64(hmac.new(KEY.encode(), (parts[0] + "." + parts[1]).encode(), hashlib.sha256).digest())
    expect_equal(parts[2], expected,
                 hint="The signature is _encode(hmac.new(key.encode(), b\"header.payload\", hashlib.sha256).digest()).")
    other = _token({"sub": "bob", "role": "user", "iat": 1000, "exp": 2000})
    expect_equal(call(tokens.decode_token, other, KEY, now=1500).value.get("sub"), "bob",
                 hint="decode_token must read tokens from any correct JWT library, and take one key as a plain str.")


def check_refuses_forgeries():
    """tampered, wrongly signed, alg=none and malformed tokens raise InvalidToken"""
    tokens = secure("tokens")
    good = _token({"sub": "bob", "role": "user", "iat": 1000, "exp": 2000})
    head, body, signature = good.split(".")
    promoted = head + "." + _b64(json.dumps({"sub": "bob", "role": "admin", "iat": 1000, "exp": 2000}).encode()) + "." + signature
    unsigned = _b64(b'{"alg":"none","typ":"JWT"}') + "." + body + "."
    cases = [
        (promoted, "a payload changed after signing (role user -> admin)"),
        (_token({"sub": "bob", "role": "user", "exp": 2000}, key="some-other-key-0123456789abcdef"), "a token signed with another key"),
        (unsigned, "a token with alg none and no signature"),
        (_token({"sub": "bob", "role": "user", "exp": 2000}, header={"alg": "HS512"}), "a token that is not HS256"),
        (_token({"sub": "bob", "role": "user"}), "a token with no exp"),
        ("not-a-token", "text that is not a token"),
        ("a.b.c", "three parts that are not base64 JSON"),
    ]
    for token, what in cases:
        expect_raises(tokens.InvalidToken, tokens.decode_token, token, [KEY], now=1500,
                      hint="Recompute the signature over header.payload with each key and compare it with "
                           "hmac.compare_digest; refuse anything but alg HS256 and a numeric exp; turn parsing "
                           "errors into InvalidToken. It accepted %s." % what)


def check_key_rotation():
    """during a rotation, tokens signed with the old key still work; after it, they don't"""
    tokens = secure("tokens")
    old = call(tokens.create_token, "carol", "user", OLD_KEY, ttl=600, now=1000).value
    new = call(tokens.create_token, "carol", "user", KEY, ttl=600, now=1000).value
    expect_equal(call(tokens.decode_token, old, [KEY, OLD_KEY], now=1100).value.get("sub"), "carol",
                 hint="Accept the token when any key in the list gives the same signature.")
    expect_equal(call(tokens.decode_token, new, [KEY, OLD_KEY], now=1100).value.get("sub"), "carol")
    expect_raises(tokens.InvalidToken, tokens.decode_token, old, [KEY], now=1100,
                  hint="Once the old key leaves the list, its tokens must be refused.")
