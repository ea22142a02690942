"""Checks for the `settings` milestone: load_settings in expert/production/shipit/src/shipit/settings.py."""
from pymastery import call, capture, expect, expect_equal, learner_module

GOOD = {"SHIPIT_DATABASE_URL": "sqlite:///shop.db"}


def _settings(env):
    module = learner_module()
    return call(module.load_settings, dict(env)).value


def _error(env):
    module = learner_module()
    outcome = capture(module.load_settings, dict(env))
    expect(isinstance(outcome.exception, module.ConfigError),
           "load_settings(%r) should raise ConfigError, but %s" % (
               env, "it returned %r" % (outcome.value,) if outcome.exception is None else "it raised %r" % outcome.exception),
           hint="Collect each problem in a list as you read the variables, and raise ConfigError once at the end if the list is not empty.")
    return str(outcome.exception)


def check_defaults():
    """only the database URL is required; the rest have defaults"""
    settings = _settings(GOOD)
    expect_equal((settings.database_url, settings.port, settings.debug, settings.log_level),
                 ("sqlite:///shop.db", 8000, False, "INFO"),
                 hint="Use env.get(name, default) for the optional variables.")


def check_converts_text():
    """every value arrives as text and is converted to its type"""
    env = dict(GOOD, SHIPIT_PORT=" 9001 ", SHIPIT_DEBUG="Yes", SHIPIT_LOG_LEVEL="warning")
    settings = _settings(env)
    expect_equal((settings.port, settings.debug, settings.log_level), (9001, True, "WARNING"),
                 hint="Environment values are always str: int() the port, compare the lower-cased debug word, upper() the level.")
    for word, value in (("0", False), ("off", False), ("FALSE", False), ("no", False), ("1", True), ("on", True), ("True", True)):
        got = _settings(dict(GOOD, SHIPIT_DEBUG=word)).debug
        expect(got is value, "SHIPIT_DEBUG=%r gave debug=%r, expected %r" % (word, got, value),
               hint="bool(\"false\") is True, since any non-empty string is true. Compare against the accepted words instead.")


def check_reads_os_environ():
    """without an argument it reads the process environment"""
    import os

    module = learner_module()
    saved = {k: os.environ.get(k) for k in ("SHIPIT_DATABASE_URL", "SHIPIT_PORT", "SHIPIT_DEBUG", "SHIPIT_LOG_LEVEL")}
    try:
        for key in saved:
            os.environ.pop(key, None)
        os.environ["SHIPIT_DATABASE_URL"] = "postgres://db/prod"
        os.environ["SHIPIT_PORT"] = "8081"
        settings = call(module.load_settings).value
    finally:
        for key, value in saved.items():
            os.environ.pop(key, None)
            if value is not None:
                os.environ[key] = value
    expect_equal((settings.database_url, settings.port), ("postgres://db/prod", 8081),
                 hint="When env is None, read os.environ (look it up when the function runs, not when the module is imported).")


def check_rejects_bad_values():
    """a missing URL or a value that makes no sense raises ConfigError naming the variable"""
    cases = [
        ({}, "SHIPIT_DATABASE_URL"),
        ({"SHIPIT_DATABASE_URL": "  "}, "SHIPIT_DATABASE_URL"),
        (dict(GOOD, SHIPIT_PORT="eighty"), "SHIPIT_PORT"),
        (dict(GOOD, SHIPIT_PORT="70000"), "SHIPIT_PORT"),
        (dict(GOOD, SHIPIT_PORT="0"), "SHIPIT_PORT"),
        (dict(GOOD, SHIPIT_DEBUG="maybe"), "SHIPIT_DEBUG"),
        (dict(GOOD, SHIPIT_LOG_LEVEL="LOUD"), "SHIPIT_LOG_LEVEL"),
    ]
    for env, name in cases:
        message = _error(env)
        expect(name in message, "the ConfigError for %r says %r, without naming %s" % (env, message, name),
               hint="Put the variable's name in the message, so whoever deploys knows what to fix.")


def check_reports_every_problem_at_once():
    """one ConfigError names every variable at fault"""
    message = _error({"SHIPIT_PORT": "-1", "SHIPIT_DEBUG": "sometimes"})
    missing = [name for name in ("SHIPIT_DATABASE_URL", "SHIPIT_PORT", "SHIPIT_DEBUG") if name not in message]
    expect_equal(missing, [], message="the ConfigError %r does not name %s" % (message, ", ".join(missing)),
                 hint="Don't raise at the first problem: append it to a list, carry on, and raise once with all of them joined.")
