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


def _list(text: str) -> Tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def load_settings(environ: Optional[Mapping[str, str]] = None) -> Settings:
    """Settings from APP_SECRET_KEYS, APP_ALLOWED_ORIGINS and APP_RATE_LIMIT."""
    env = os.environ if environ is None else environ
    keys = _list(env.get("APP_SECRET_KEYS", ""))
    if not keys:
        raise RuntimeError("APP_SECRET_KEYS is not set")
    if any(len(key) < MIN_KEY_LENGTH for key in keys):
        raise RuntimeError("every key in APP_SECRET_KEYS needs at least %d characters" % MIN_KEY_LENGTH)
    try:
        rate_limit = int(env.get("APP_RATE_LIMIT", "60"))
    except ValueError:
        raise RuntimeError("APP_RATE_LIMIT must be a whole number") from None
    if rate_limit < 1:
        raise RuntimeError("APP_RATE_LIMIT must be at least 1")
    return Settings(secret_keys=keys, allowed_origins=_list(env.get("APP_ALLOWED_ORIGINS", "")),
                    rate_limit=rate_limit)
