"""Signed access tokens in the JWT format (HS256), with keys that can be rotated.

A token is three base64url parts joined by dots: header.payload.signature. The signature is
HMAC-SHA256 of "header.payload" with a secret key.
"""
import base64
import hashlib
import hmac
import json
import time
from typing import Optional, Sequence, Union


class InvalidToken(Exception):
    """The token is malformed, forged, signed with an unknown key, or expired."""


def _encode(data: bytes) -> str:
    """base64url without the "=" padding, as JWT writes it."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _decode(text: str) -> bytes:
    """The bytes of a base64url part, padding or not."""
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def create_token(subject: str, role: str, key: str, ttl: int = 900, now: Optional[float] = None) -> str:
    """A token whose payload holds sub, role, iat and exp (now + ttl), signed with `key`.

    `now` is the current time in seconds (time.time() when None).
    """
    # TODO
    raise NotImplementedError


def decode_token(token: str, keys: Union[str, Sequence[str]], now: Optional[float] = None) -> dict:
    """The token's payload, if one of `keys` signed it and it has not expired.

    `keys` is one key or a list (newest first, during a rotation). Anything wrong raises
    InvalidToken: a malformed token, an "alg" other than HS256, a bad signature, a missing or
    past "exp".
    """
    # TODO
    raise NotImplementedError
