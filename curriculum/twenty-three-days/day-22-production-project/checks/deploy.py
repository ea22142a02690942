"""Checks for the `deploy` milestone: docker-compose.yml runs Redis, the API and several
workers; the README explains the architecture and its use (week3/day22)."""
import re

from pymastery import expect, fail
from pymastery.track.containers import depends_on, environment_of, load_yaml, read_text

ROOT = "week3/day22/"


def _services():
    services = load_yaml(ROOT + "docker-compose.yml").get("services")
    for name in ("redis", "api", "worker"):
        if not isinstance((services or {}).get(name), dict):
            fail("docker-compose.yml has no %s service." % name,
                 hint="Three services: redis (the image), api and worker (both built from this folder).")
    return services


def _seconds(text):
    total = 0.0
    for amount, unit in re.findall(r"(\d+(?:\.\d+)?)(h|ms|m|s|us)", str(text)):
        total += float(amount) * {"h": 3600, "m": 60, "s": 1, "ms": 0.001, "us": 0.000001}[unit]
    return total


def check_redis():
    """redis runs a pinned image with a health check"""
    redis = _services()["redis"]
    image = str(redis.get("image", ""))
    expect(image.startswith("redis:") and image.split(":", 1)[1] not in ("", "latest"),
           "The redis service runs %r." % image, hint="A pinned image: redis:7-alpine.")
    test = (redis.get("healthcheck") or {}).get("test")
    text = " ".join(test) if isinstance(test, list) else str(test or "")
    expect("redis-cli" in text and "ping" in text, "The redis service has no health check.",
           hint="healthcheck: test: [\"CMD\", \"redis-cli\", \"ping\"].")


def check_api_and_workers():
    """the api and the workers find Redis by name and wait for it; several workers run"""
    services = _services()
    for name in ("api", "worker"):
        service = services[name]
        expect(service.get("build") is not None, "The %s service is not built from this folder." % name,
               hint="build: . for both api and worker: one image, two commands.")
        url = environment_of(service).get("REDIS_URL", "")
        expect(re.match(r"^rediss?://([^@/]*@)?redis(:\d+)?(/\d+)?$", url),
               "The %s service's REDIS_URL is %r." % (name, url), hint="REDIS_URL: redis://redis:6379/0")
        expect(depends_on(service).get("redis") == "service_healthy",
               "The %s service does not wait for a healthy redis." % name,
               hint="depends_on: redis: condition: service_healthy.")
    worker = services["worker"]
    replicas = (worker.get("deploy") or {}).get("replicas", worker.get("scale", 1))
    expect(isinstance(replicas, int) and replicas >= 2, "Only %r worker container runs." % (replicas,),
           hint="deploy: replicas: 2 (or more) runs several worker containers.")
    expect(services["api"].get("ports"), "The api publishes no port.", hint="ports: [\"8000:8000\"].")


def check_graceful_stop():
    """workers get SIGTERM and time to finish their current task"""
    worker = _services()["worker"]
    expect(str(worker.get("stop_signal", "SIGTERM")).upper() in ("SIGTERM", "SIGINT"),
           "The worker's stop_signal is %r, which your handlers do not catch." % worker.get("stop_signal"),
           hint="Leave stop_signal at SIGTERM (or write it out).")
    grace = _seconds(worker.get("stop_grace_period", "10s"))
    expect(grace >= 20, "The worker gets %s s to stop before it is killed." % grace,
           hint="stop_grace_period: 30s gives a long task time to finish after SIGTERM.")


def check_readme():
    """the README has an architecture section naming the parts, and a usage section with commands"""
    text = read_text(ROOT + "README.md")
    expect("TODO" not in text, "README.md still has its TODO.")
    headings = [line.lower() for line in text.splitlines() if line.startswith("#")]
    expect(any("architecture" in h or "design" in h for h in headings), "README.md has no Architecture section.",
           hint="## Architecture: the parts and how a task travels between them.")
    expect(any("usage" in h or "how to" in h or "getting started" in h or "running" in h for h in headings),
           "README.md has no Usage section.", hint="## Usage: how to start it, submit a task and read its result.")
    lowered = text.lower()
    for part in ("producer", "queue", "worker", "result"):
        expect(part in lowered, "README.md never mentions the %s." % part,
               hint="Name the four parts: producer, queue, worker and result backend.")
    expect(re.search(r"```", text), "README.md shows no commands.", hint="A fenced block with the commands to run.")


def check_dockerfile():
    """one small, non-root image serves both the api and the workers"""
    from pymastery.track.containers import image_tag, parse_dockerfile

    stages = parse_dockerfile(read_text(ROOT + "Dockerfile"), "Dockerfile")
    final = stages[-1]
    name, tag = image_tag(final.base)
    expect(name.endswith("python") and tag and re.search(r"slim|alpine", tag),
           "The image is based on %s." % final.base, hint="FROM python:3.12-slim (pinned, small).")
    order = [i for stage in stages for i in stage.instructions if i.keyword in ("COPY", "ADD", "RUN")]
    requirements = next((n for n, i in enumerate(order) if "requirements.txt" in i.args), None)
    code = next((n for n, i in enumerate(order) if i.keyword in ("COPY", "ADD") and not i.flags.get("from")
                 and any(w.strip("./") in ("", "taskqueue") for w in i.words()[:-1])), None)
    expect(requirements is not None and code is not None and requirements < code,
           "The Dockerfile does not copy requirements.txt (and install it) before the code.",
           hint="COPY requirements.txt, RUN pip install ..., then COPY taskqueue ./taskqueue, as on day 20.")
    users = final.find("USER")
    expect(users and users[-1].args.split(":")[0] not in ("root", "0"), "The image runs as root.",
           hint="RUN useradd ... and USER in the final stage.")
    cmd = (final.find("CMD") or [None])[-1]
    expect(cmd is not None and cmd.exec_form() is not None, "CMD is missing or in shell form.",
           hint="CMD [\"python\", \"-m\", \"taskqueue.main\", \"worker\"]: exec form, so the worker itself gets SIGTERM.")
