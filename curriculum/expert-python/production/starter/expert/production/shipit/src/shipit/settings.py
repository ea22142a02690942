"""Settings for shipit, read from environment variables, so that one image runs anywhere."""
import os
from dataclasses import dataclass


class ConfigError(Exception):
    """The environment does not describe a usable configuration."""


@dataclass(frozen=True)
class Settings:
    database_url: str
    port: int = 8000
    debug: bool = False
    log_level: str = "INFO"


def load_settings(env=None):
    """Build Settings from `env` (a dict of variables; os.environ when None).

    SHIPIT_DATABASE_URL  required, any non-empty text
    SHIPIT_PORT          optional, a whole number from 1 to 65535 (default 8000)
    SHIPIT_DEBUG         optional, true/false, 1/0, yes/no or on/off in any case (default false)
    SHIPIT_LOG_LEVEL     optional, DEBUG, INFO, WARNING or ERROR in any case, kept in capitals
                         (default INFO)

    Surrounding spaces in a value are ignored. When anything is missing or wrong, raise one
    ConfigError whose message names every variable at fault, so a deploy fails once, not once
    per mistake.
    """
    env = os.environ if env is None else env
    # TODO: read and convert each variable, collecting the problems as you go
    return Settings(database_url="")
