"""Checks for the `dockerfile` milestone: expert/production/shipit/Dockerfile builds a cache-friendly, non-root image."""
from pymastery import expect, fail, learner_source
from pymastery.track.production_tools import parse_dockerfile

FILE = "expert/production/shipit/Dockerfile"


def _instructions():
    instructions = parse_dockerfile(learner_source(FILE))
    if not instructions:
        fail("the Dockerfile holds no instructions yet",
             hint="Each line starts with an instruction in capitals: FROM, WORKDIR, COPY, RUN, USER, EXPOSE, CMD.")
    return instructions


def _index(instructions, test):
    return next((i for i, ins in enumerate(instructions) if test(ins)), None)


def _copies_source(ins):
    if ins.keyword not in ("COPY", "ADD"):
        return False
    sources = (ins.exec_form or ins.args.split())[:-1]
    sources = [s for s in sources if not s.startswith("--")]
    return any(s.rstrip("/") in (".", "src", "./src") or s.startswith("src/") or s.startswith("./src/") for s in sources)


def check_starts_from_python():
    """it starts FROM an official Python image and sets a WORKDIR"""
    instructions = _instructions()
    first = instructions[0]
    while first.keyword == "ARG" and len(instructions) > 1:
        instructions = instructions[1:]
        first = instructions[0]
    image = [w for w in first.args.split() if not w.startswith("--")][0] if first.args else ""
    expect(first.keyword == "FROM" and image.startswith("python:"),
           "the first instruction is %r" % first, hint="Begin with FROM python:3.12-slim (any python: tag works).")
    workdir = _index(instructions, lambda ins: ins.keyword == "WORKDIR")
    expect(workdir is not None and instructions[workdir].args.startswith("/"),
           "there is no WORKDIR with an absolute folder",
           hint="WORKDIR /app makes the folder and runs every later instruction inside it.")


def check_dependencies_before_source():
    """pyproject.toml is copied and the dependencies installed before the source is copied"""
    instructions = _instructions()
    project = _index(instructions, lambda ins: ins.keyword in ("COPY", "ADD") and "pyproject.toml" in ins.args)
    source = _index(instructions, _copies_source)
    expect(project is not None, "no COPY brings in pyproject.toml",
           hint="COPY pyproject.toml ./ on its own line, early, so its layer changes only when the project file does.")
    expect(source is not None, "no COPY brings in the source (src/)", hint="COPY src/ ./src/ brings the code in.")
    install = _index(instructions, lambda ins: ins.keyword == "RUN" and "pip" in ins.args and "install" in ins.args)
    expect(install is not None, "no RUN installs anything with pip", hint="RUN pip install --no-cache-dir ... installs into the image.")
    expect(project < install < source,
           "the order is: %s" % "; ".join(repr(instructions[i]) for i in sorted({project, install, source})),
           hint="Every layer after a changed one is rebuilt. Copy pyproject.toml, RUN the dependency install, and only then "
                "COPY the source, so a code change does not reinstall every dependency.")


def check_runs_as_a_normal_user():
    """the service runs as a user that is not root"""
    instructions = _instructions()
    users = [i for i, ins in enumerate(instructions) if ins.keyword == "USER"]
    expect(users, "no USER instruction: the service would run as root",
           hint="Create a user (RUN useradd --create-home app) and switch to it with USER app.")
    user = instructions[users[-1]].args.split(":")[0].strip()
    expect(user not in ("root", "0"), "the last USER is %r" % user, hint="Switch to a user of your own, not root.")
    start = _index(instructions, lambda ins: ins.keyword in ("CMD", "ENTRYPOINT"))
    expect(start is None or users[-1] < start, "USER comes after the command that starts the service",
           hint="Put USER before CMD; instructions after CMD do not change how the command runs.")


def check_exposes_and_starts():
    """it EXPOSEs port 8000 and starts uvicorn with CMD in exec form"""
    instructions = _instructions()
    expect(any(ins.keyword == "EXPOSE" and "8000" in ins.args.split("/")[0].split() for ins in instructions),
           "no EXPOSE 8000", hint="EXPOSE 8000 documents the port the service listens on.")
    starts = [ins for ins in instructions if ins.keyword in ("CMD", "ENTRYPOINT")]
    expect(starts, "no CMD says how to start the service", hint="End with CMD [\"python\", \"-m\", \"uvicorn\", ...].")
    command = starts[-1]
    expect(command.exec_form is not None,
           "the command is in shell form: %r" % command,
           hint="Write it as a JSON list, with double quotes. In shell form it runs under /bin/sh, which does not pass "
                "the stop signal on, so the service is killed instead of shutting down cleanly.")
    words = " ".join(sum((ins.exec_form or [] for ins in starts), []))
    expect("uvicorn" in words and "shipit.app:app" in words and "0.0.0.0" in words,
           "the command %r does not start uvicorn with shipit.app:app on 0.0.0.0" % command.exec_form,
           hint="Inside a container, listen on 0.0.0.0, or nothing outside the container can reach it: "
                "[\"python\", \"-m\", \"uvicorn\", \"shipit.app:app\", \"--host\", \"0.0.0.0\", \"--port\", \"8000\"].")
