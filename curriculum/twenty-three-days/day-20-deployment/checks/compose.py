"""Checks for the `compose` milestone: docker-compose.yml runs the API beside its database
(week3/day20/docker-compose.yml)."""
import re

from pymastery import expect, expect_equal, fail
from pymastery.track.containers import depends_on, environment_of, load_yaml, volumes_of

PATH = "week3/day20/docker-compose.yml"


def _services():
    data = load_yaml(PATH)
    services = data.get("services")
    if not isinstance(services, dict):
        fail("docker-compose.yml has no services: mapping.", hint="Start with services: and one key per container.")
    for name in ("api", "db"):
        if not isinstance(services.get(name), dict):
            fail("docker-compose.yml has no %s service." % name,
                 hint="Two services: api (built from the Dockerfile) and db (a postgres image).")
    return data, services


def check_two_services():
    """the api is built from the Dockerfile and published on port 8000; db runs a pinned postgres image"""
    _, services = _services()
    api, db = services["api"], services["db"]
    build = api.get("build")
    expect(build in (".", "./") or (isinstance(build, dict) and build.get("context") in (".", "./")),
           "The api service is not built from this folder (build: %r)." % (build,), hint="build: . uses the Dockerfile beside it.")
    ports = [str(p) for p in api.get("ports") or []]
    expect(any(re.fullmatch(r"(127\.0\.0\.1:)?\d+:8000(/tcp)?", p) for p in ports),
           "The api publishes no host port for 8000 (ports: %r)." % (ports,), hint="ports: [\"8000:8000\"].")
    image = str(db.get("image", ""))
    expect(image.startswith("postgres:") and image.split(":", 1)[1] not in ("", "latest"),
           "The db service runs %r." % image, hint="A pinned official image: postgres:16-alpine.")


def check_configured_by_environment():
    """the api finds the database by its service name, and the password comes from the environment"""
    _, services = _services()
    api_env, db_env = environment_of(services["api"]), environment_of(services["db"])
    url = api_env.get("DATABASE_URL", "")
    expect(url, "The api service sets no DATABASE_URL.", hint="environment: DATABASE_URL: postgresql+psycopg://...@db:5432/app")
    match = re.match(r"^[a-z+]+://(?:([^:@/]*)(?::([^@/]*))?@)?([^:/]+)", url)
    expect(match and match.group(3) == "db",
           "DATABASE_URL points at %r, but inside compose the database is reached by its service name." %
           (match.group(3) if match else url), hint="Use db as the host: ...@db:5432/app.")
    password = db_env.get("POSTGRES_PASSWORD")
    expect(password is not None or "POSTGRES_PASSWORD_FILE" in db_env, "The db service sets no POSTGRES_PASSWORD.",
           hint="The postgres image needs one.")
    for where, value in (("POSTGRES_PASSWORD", password or ""), ("the password in DATABASE_URL", (match.group(2) or "") if match else "")):
        expect(not value or "${" in value,
               "%s is written into docker-compose.yml (%r), which goes into git." % (where, value),
               hint="Write ${POSTGRES_PASSWORD}: compose fills it in from the environment or a .env file kept out of git.")
    expect("APP_ENV" in api_env, "The api service sets no APP_ENV.", hint="APP_ENV: development for the compose setup.")


def check_health_and_start_order():
    """db has a health check, and the api waits until db is healthy"""
    _, services = _services()
    health = services["db"].get("healthcheck") or {}
    test = health.get("test")
    text = " ".join(test) if isinstance(test, list) else str(test or "")
    expect("pg_isready" in text, "The db service has no health check running pg_isready.",
           hint="healthcheck: test: [\"CMD-SHELL\", \"pg_isready -U app -d app\"], with an interval and retries.")
    expect_equal(depends_on(services["api"]).get("db"), "service_healthy",
                 hint="depends_on: db: condition: service_healthy makes the api wait for a database that answers, "
                      "not only one that has started.")


def check_volumes():
    """the database keeps its data in a named volume, and the code is mounted for development"""
    data, services = _services()
    named = data.get("volumes") or {}
    db_volumes = volumes_of(services["db"])
    expect(any(source in named and target.startswith("/var/lib/postgresql/data") for source, target in db_volumes),
           "The db service keeps its data inside the container, so it is lost when the container is removed.",
           hint="volumes: [\"db-data:/var/lib/postgresql/data\"] in db, and db-data: under a top-level volumes: key.")
    expect(any(source.startswith(".") for source, _ in volumes_of(services["api"])),
           "The api service mounts no folder of your machine, so every code change needs a rebuild.",
           hint="Mount the code over the image's copy: volumes: [\"./app:/app/app\"], with --reload in the command.")
