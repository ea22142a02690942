"""Settings read from the environment: secrets never live in the code."""
import os
from dataclasses import dataclass, field
from typing import Mapping, Optional, Tuple

MIN_KEY_LENGTH = 32


@dataclass(frozen=True)
class Settings:
    secret_keys: Tuple[str, ...] = field(repr=False)  # newest first; the first one signs
    allowed_origins: Tuple[str, ...] = ()
    rate_limit: int = 60  # requests per user per minute
    token_ttl: int = 900  # seconds


def load_settings(environ: Optional[Mapping[str, str]] = None) -> Settings:
    """Settings from the environment (os.environ when `environ` is None).

    APP_SECRET_KEYS      required: comma-separated keys, newest first, each at least 32 characters
    APP_ALLOWED_ORIGINS  optional: comma-separated origins allowed by CORS (none by default)
    APP_RATE_LIMIT       optional: requests per user per minute (60 by default, at least 1)

    A missing or weak secret, or a bad number, raises RuntimeError: better not to start at all.
    """
    # TODO
    raise NotImplementedError
