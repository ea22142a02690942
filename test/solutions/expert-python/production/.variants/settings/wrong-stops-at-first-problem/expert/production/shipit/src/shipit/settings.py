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


TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off"}
LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR"}


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
    problems = []

    database_url = env.get("SHIPIT_DATABASE_URL", "").strip()
    if not database_url:
        raise ConfigError("SHIPIT_DATABASE_URL is required")

    port_text = env.get("SHIPIT_PORT", "8000").strip()
    port = int(port_text) if port_text.isdigit() else 0
    if not 1 <= port <= 65535:
        raise ConfigError("SHIPIT_PORT must be a port number from 1 to 65535, not %r" % port_text)

    debug_text = env.get("SHIPIT_DEBUG", "false").strip().lower()
    if debug_text not in TRUE_WORDS | FALSE_WORDS:
        raise ConfigError("SHIPIT_DEBUG must be true or false, not %r" % debug_text)

    level = env.get("SHIPIT_LOG_LEVEL", "INFO").strip().upper()
    if level not in LEVELS:
        raise ConfigError("SHIPIT_LOG_LEVEL must be one of %s, not %r" % (", ".join(sorted(LEVELS)), level))

    if problems:
        raise ConfigError("; ".join(problems))
    return Settings(database_url=database_url, port=port, debug=debug_text in TRUE_WORDS, log_level=level)
