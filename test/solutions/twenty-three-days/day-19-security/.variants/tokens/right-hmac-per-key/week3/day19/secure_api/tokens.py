import base64
import hashlib
import hmac
import json
import time


class InvalidToken(Exception):
    pass


def _encode(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def create_token(subject, role, key, ttl=900, now=None):
    now = int(time.time() if now is None else now)
    head = _encode(b'{"alg":"HS256","typ":"JWT"}')
    body = _encode(json.dumps({"sub": subject, "role": role, "iat": now, "exp": now + ttl}).encode())
    mac = hmac.new(key.encode(), (head + "." + body).encode(), hashlib.sha256).digest()
    return "%s.%s.%s" % (head, body, _encode(mac))


def decode_token(token, keys, now=None):
    keys = [keys] if isinstance(keys, str) else list(keys)
    if not isinstance(token, str) or token.count(".") != 2:
        raise InvalidToken("not a JWT")
    head, body, signature = token.split(".")
    try:
        given = _decode(signature)
        header = json.loads(_decode(head))
    except ValueError:
        raise InvalidToken("not a JWT") from None
    if not isinstance(header, dict) or header.get("alg") != "HS256":
        raise InvalidToken("wrong algorithm")
    for key in keys:
        if hmac.compare_digest(hmac.new(key.encode(), (head + "." + body).encode(), hashlib.sha256).digest(), given):
            break
    else:
        raise InvalidToken("bad signature")
    try:
        claims = json.loads(_decode(body))
        expires = float(claims["exp"])
    except (ValueError, KeyError, TypeError):
        raise InvalidToken("bad payload") from None
    if expires <= (time.time() if now is None else now):
        raise InvalidToken("expired")
    return claims
