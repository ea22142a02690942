"""Checks for the `dockerfile` milestone: a multi-stage Dockerfile that runs the API as a
non-root user (week3/day20/Dockerfile, .dockerignore, requirements.txt)."""
import re

from pymastery import expect, fail
from pymastery.track.containers import SECRET_WORDS, image_tag, parse_dockerfile, read_text

ROOT = "week3/day20/"


def _stages():
    return parse_dockerfile(read_text(ROOT + "Dockerfile"), "Dockerfile")


def _copies_code(instruction):
    """Whether a COPY brings in the application code (not only requirements.txt)."""
    sources = [source.lstrip("./") for source in instruction.words()[:-1]]
    return any(source == "" or source == "app" or source.startswith("app/") for source in sources)


def check_parses():
    """the Dockerfile parses, and its base images are slim, pinned Python images"""
    stages = _stages()
    for stage in stages:
        if stage.base in [s.name for s in stages if s.name]:
            continue
        name, tag = image_tag(stage.base)
        expect(tag and tag != "latest",
               "FROM %s (line %d) has no fixed tag, so every build may get a different Python." % (stage.base, stage.line),
               hint="Pin a version: python:3.12-slim.")
    final_name, final_tag = image_tag(stages[-1].base)
    expect(final_name.endswith("python") and final_tag and re.search(r"slim|alpine", final_tag),
           "The runtime stage starts FROM %s." % stages[-1].base,
           hint="Use a small official image such as python:3.12-slim (or -alpine) for the runtime stage.")


def check_multi_stage():
    """a named builder stage installs the requirements; the runtime stage copies from it"""
    stages = _stages()
    expect(len(stages) >= 2, "The Dockerfile has %d stage: a multi-stage build has at least two." % len(stages),
           hint="FROM python:3.12-slim AS builder for building, then a second FROM for the image you ship.")
    builder = stages[0]
    expect(builder.name, "The first stage has no name.", hint="Name it: FROM python:3.12-slim AS builder.")
    final = stages[-1]
    copies = [i for i in final.find("COPY") if i.flags.get("from") in (builder.name, "0")]
    expect(copies, "The runtime stage never copies anything from the %s stage." % builder.name,
           hint="COPY --from=%s /wheels /wheels (or the virtual environment) brings over what was built." % builder.name)


def check_requirements_layer_first():
    """requirements.txt is copied and installed before the code, so code changes reuse the cache"""
    requirements = read_text(ROOT + "requirements.txt", "listing the packages the API needs")
    names = {re.split(r"[\s\[=<>~!;]", line.strip(), 1)[0].lower() for line in requirements.splitlines()
             if line.strip() and not line.strip().startswith("#")}
    for package in ("fastapi", "uvicorn", "sqlalchemy"):
        expect(package in names, "requirements.txt does not list %s." % package, hint="One package per line, pinned: fastapi==0.115.5.")
    stages = _stages()
    seen_requirements = installed = False
    for stage in stages:
        for instruction in stage.instructions:
            if instruction.keyword in ("COPY", "ADD") and "requirements.txt" in instruction.args:
                seen_requirements = True
            elif instruction.keyword == "RUN" and re.search(r"\bpip\b", instruction.args) and "-r" in instruction.args:
                expect(seen_requirements, "Line %d installs requirements before requirements.txt is copied in." % instruction.line,
                       hint="COPY requirements.txt . comes first.")
                installed = True
            elif instruction.keyword in ("COPY", "ADD") and _copies_code(instruction) and not instruction.flags.get("from"):
                expect(installed,
                       "Line %d copies the code before the requirements are installed, so every code change "
                       "reinstalls every package." % instruction.line,
                       hint="Order: COPY requirements.txt, RUN pip ... -r requirements.txt, and only then COPY the code.")
    expect(installed, "No RUN pip ... -r requirements.txt in the Dockerfile.",
           hint="Install (or build wheels for) the requirements in the builder stage.")
    expect(any(_copies_code(i) for i in stages[-1].find("COPY")),
           "The runtime stage never copies the application code.", hint="COPY app ./app in the runtime stage.")


def check_runs_safely():
    """the runtime stage runs as a non-root user, on 0.0.0.0, with a health check"""
    final = _stages()[-1]
    users = final.find("USER")
    expect(users, "The runtime stage never sets USER, so the app runs as root.",
           hint="Create a user (RUN useradd --create-home appuser) and switch to it with USER appuser.")
    user = users[-1].args.split(":")[0].strip()
    expect(user not in ("root", "0"), "The last USER is %s." % user, hint="Switch to an unprivileged user.")
    last_run = max([i.line for i in final.find("RUN")] or [0])
    expect(users[-1].line > last_run, "USER comes before a RUN on line %d." % last_run,
           hint="Do the installing as root first, then switch user just before CMD.")
    cmd = (final.find("CMD") or final.find("ENTRYPOINT") or [None])[-1]
    if cmd is None:
        fail("The runtime stage has no CMD.", hint="CMD [\"uvicorn\", \"app.main:create_app\", \"--factory\", ...]")
    expect(cmd.exec_form() is not None, "CMD on line %d is in shell form." % cmd.line,
           hint="Write CMD as a JSON array so uvicorn is the main process and receives the stop signal.")
    words = cmd.words()
    expect("uvicorn" in " ".join(words), "CMD does not start uvicorn.", hint="CMD [\"uvicorn\", ...].")
    expect(any(word == "0.0.0.0" or word.endswith("=0.0.0.0") for word in words),
           "CMD does not pass --host 0.0.0.0, and uvicorn listens on 127.0.0.1 by default: nothing outside "
           "the container could reach it.", hint="Add \"--host\", \"0.0.0.0\" to CMD.")
    expect(final.find("EXPOSE"), "The runtime stage has no EXPOSE.", hint="EXPOSE 8000 documents the port.")
    health = final.find("HEALTHCHECK")
    expect(health and "/health" in health[-1].args and not health[-1].args.upper().startswith("NONE"),
           "The runtime stage has no HEALTHCHECK that asks /health.",
           hint="HEALTHCHECK CMD python -c \"...urlopen('http://127.0.0.1:8000/health')\" (slim images have no curl).")


def check_no_secrets_in_the_image():
    """no secret is baked into the image, and .dockerignore keeps .env and .git out"""
    for stage in _stages():
        for instruction in stage.instructions:
            if instruction.keyword in ("ENV", "ARG"):
                for match in re.finditer(r"([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(\S+)", instruction.args):
                    expect(not SECRET_WORDS.search(match.group(1)),
                           "Line %d puts %s into the image, where anyone who pulls it can read it."
                           % (instruction.line, match.group(1)),
                           hint="Secrets come from the environment when the container starts (compose, the platform).")
            if instruction.keyword in ("COPY", "ADD"):
                expect(".env" not in instruction.words()[:-1], "Line %d copies .env into the image." % instruction.line,
                       hint="Leave .env on your machine; compose passes its values at run time.")
    ignored = {line.strip().rstrip("/").lstrip("/") for line in read_text(ROOT + ".dockerignore").splitlines()
               if line.strip() and not line.startswith("#")}
    for name in (".env", ".git"):
        expect(name in ignored or name + "*" in ignored, ".dockerignore does not list %s." % name,
               hint="COPY . . would send %s into the build; list it in .dockerignore." % name)
