"""Checks for the `settings-health` milestone: settings from the environment and /health
(week3/day20/app/main.py)."""
import os

from pymastery import call, expect, expect_equal, expect_raises, temp_folder
from pymastery.track.packages import import_from

ROOT = "week3/day20"


def _main():
    return import_from(ROOT, "app.main")


def _client(url):
    from fastapi.testclient import TestClient

    main = _main()
    settings = call(main.load_settings, {"DATABASE_URL": url, "APP_ENV": "test"}).value
    return TestClient(call(main.create_app, settings).value)


def check_reads_the_environment():
    """load_settings reads DATABASE_URL, APP_ENV, PORT and LOG_LEVEL"""
    main = _main()
    settings = call(main.load_settings, {"DATABASE_URL": "sqlite:///app.db", "APP_ENV": "production",
                                         "PORT": "9000", "LOG_LEVEL": "DEBUG"}).value
    expect_equal((settings.database_url, settings.environment, settings.port, settings.log_level),
                 ("sqlite:///app.db", "production", 9000, "debug"),
                 hint="Each field comes from its variable; PORT becomes an int and LOG_LEVEL lower case.")
    defaults = call(main.load_settings, {"DATABASE_URL": "sqlite:///app.db"}).value
    expect_equal((defaults.environment, defaults.port, defaults.log_level), ("development", 8000, "info"),
                 hint="Without APP_ENV, PORT and LOG_LEVEL: development, 8000 and info.")
    expect("s3cret" not in repr(call(main.load_settings, {"DATABASE_URL": "postgresql://app:s3cret@db/app"}).value),
           "repr(settings) shows the database password.", hint="field(repr=False) on database_url.")
    saved = os.environ.get("DATABASE_URL")
    os.environ["DATABASE_URL"] = "sqlite:///from-os.db"
    try:
        from_os = call(main.load_settings).value
    finally:
        if saved is None:
            del os.environ["DATABASE_URL"]
        else:
            os.environ["DATABASE_URL"] = saved
    expect_equal(from_os.database_url, "sqlite:///from-os.db", hint="With no argument, read os.environ.")


def check_refuses_bad_settings():
    """a missing DATABASE_URL, an unknown APP_ENV or a bad PORT raises RuntimeError"""
    main = _main()
    for env, what in (({}, "no DATABASE_URL"), ({"DATABASE_URL": " "}, "a blank DATABASE_URL"),
                      ({"DATABASE_URL": "sqlite://", "APP_ENV": "prod"}, "APP_ENV=prod"),
                      ({"DATABASE_URL": "sqlite://", "PORT": "http"}, "PORT=http"),
                      ({"DATABASE_URL": "sqlite://", "PORT": "70000"}, "PORT=70000")):
        expect_raises(RuntimeError, main.load_settings, env,
                      hint="A container with wrong settings should stop at once with a clear message, "
                           "not start half-working. Raise RuntimeError for %s." % what)


def check_healthy_with_a_database():
    """/health answers 200 with status ok when the database answers"""
    with temp_folder() as folder:
        client = _client("sqlite:///" + folder.path("app.db"))
        response = call(client.get, "/health").value
        expect_equal(response.status_code, 200, hint="Add @app.get(\"/health\") inside create_app.")
        expect_equal(response.json().get("status"), "ok", hint="Answer {\"status\": \"ok\", \"database\": \"ok\"}.")
        about = call(client.get, "/").value
        expect_equal(about.json().get("environment"), "test", hint="GET / names settings.environment.")


def check_unhealthy_without_a_database():
    """/health answers 503, without details, when the database cannot be reached"""
    with temp_folder() as folder:
        client = _client("sqlite:///" + folder.path("missing-folder/app.db"))
        response = call(client.get, "/health").value
        expect_equal(response.status_code, 503,
                     hint="Run SELECT 1 on a connection inside try/except; on failure answer "
                          "JSONResponse({...}, status_code=503) so the orchestrator restarts or stops routing to it.")
        expect(response.json().get("status") != "ok", "/health said ok while the database was unreachable.")
        expect_equal(response.json(), {"status": "error", "database": "unreachable"},
                     hint="Answer only the fixed message. The exception's text may hold the database URL, its "
                          "password or file paths: it belongs in the logs, not in a public endpoint.")
