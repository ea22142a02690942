"""Checks for the `compose` milestone (week9/deploy/compose.yaml)."""
import re

from pymastery import expect, expect_equal, fail
from pymastery.track.deploy_files import environment_of, load_yaml

PATH = "week9/deploy/compose.yaml"


def _services():
    data = load_yaml(PATH, "the compose file that runs the app beside Postgres")
    services = data.get("services")
    if not isinstance(services, dict):
        fail("compose.yaml has no services: mapping.", hint="services: holds one key per container.")
    for name in ("app", "db"):
        if not isinstance(services.get(name), dict):
            fail("compose.yaml has no %s service." % name, hint="Two services: app (built here) and db (postgres).")
    return data, services["app"], services["db"]


def check_two_services():
    """app is built from this folder on port 8000; db is a pinned postgres image"""
    _, app, db = _services()
    build = app.get("build")
    expect(build in (".", "./") or (isinstance(build, dict) and build.get("context") in (".", "./")),
           f"app is not built from this folder (build: {build!r})", hint="build: . uses the Dockerfile beside it.")
    ports = [str(p) for p in app.get("ports") or []]
    expect(any(re.fullmatch(r"(127\.0\.0\.1:)?\d+:8000", p) for p in ports),
           f"app publishes no host port for 8000 (ports: {ports!r})", hint="ports: [\"8000:8000\"]")
    image = str(db.get("image", ""))
    expect(image.startswith("postgres:") and image.split(":", 1)[1] not in ("", "latest"),
           f"db runs {image!r}", hint="Pin the version: postgres:16-alpine.")


def check_database_url():
    """the app reaches Postgres by service name, and the password is not in the file"""
    _, app, db = _services()
    db_env, app_env = environment_of(db), environment_of(app)
    password = db_env.get("POSTGRES_PASSWORD", "")
    expect(re.fullmatch(r"\$\{?\w+.*\}?", password or "") is not None,
           f"POSTGRES_PASSWORD is {password!r}: a password written in the file ends up in version control",
           hint="POSTGRES_PASSWORD: ${POSTGRES_PASSWORD} takes it from your shell or an .env file.")
    url = app_env.get("DATABASE_URL", "")
    match = re.fullmatch(r"postgres(?:ql)?(?:\+\w+)?://([^:@/]+)(?::[^@]*)?@([^:/]+)(?::(\d+))?/(\w+)", url)
    expect(match is not None, f"DATABASE_URL is {url!r}",
           hint="postgresql://USER:PASSWORD@HOST:5432/DBNAME")
    user, host, port, name = match.groups()
    expect_equal(host, "db", hint="Inside compose, a service is reached by its name: the host is db, not localhost.")
    expect_equal((user, name), (db_env.get("POSTGRES_USER"), db_env.get("POSTGRES_DB")),
                 hint="Use the same user and database name as POSTGRES_USER and POSTGRES_DB.")


def check_waits_for_healthy_db():
    """db has a pg_isready healthcheck and app waits for it"""
    _, app, db = _services()
    test = (db.get("healthcheck") or {}).get("test")
    expect("pg_isready" in str(test), f"db's healthcheck test is {test!r}",
           hint="healthcheck: test: [\"CMD-SHELL\", \"pg_isready -U tasks\"] asks Postgres whether it accepts connections.")
    depends = app.get("depends_on") or {}
    condition = (depends.get("db") or {}).get("condition") if isinstance(depends, dict) else None
    expect_equal(condition, "service_healthy",
                 hint="depends_on: db: condition: service_healthy waits for the healthcheck, not just the start.")


def check_keeps_data():
    """the database files live in a named volume"""
    data, _, db = _services()
    mounts = []
    for entry in db.get("volumes") or []:
        if isinstance(entry, dict):
            mounts.append((str(entry.get("source", "")), str(entry.get("target", ""))))
        else:
            parts = str(entry).split(":")
            mounts.append((parts[0], parts[1] if len(parts) > 1 else ""))
    sources = [s for s, t in mounts if t.rstrip("/") == "/var/lib/postgresql/data"]
    expect(sources, f"nothing is mounted at /var/lib/postgresql/data (volumes: {mounts!r})",
           hint="- task-data:/var/lib/postgresql/data keeps the data when the container is replaced.")
    declared = data.get("volumes") or {}
    expect(sources[0] in declared, f"the volume {sources[0]!r} is not declared under the top-level volumes:",
           hint="Add volumes: with task-data: at the end of the file.")
