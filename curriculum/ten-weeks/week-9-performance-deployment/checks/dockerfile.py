"""Checks for the `dockerfile` milestone (week9/deploy/Dockerfile)."""
from pymastery import expect, fail
from pymastery.track.deploy_files import command_words, dockerfile_steps, read_text

PATH = "week9/deploy/Dockerfile"


def _steps():
    steps = dockerfile_steps(read_text(PATH, "the recipe for the task manager's image"), PATH)
    if not steps or steps[0][0] not in ("FROM", "ARG"):
        fail("The Dockerfile does not start with FROM.", hint="FROM python:3.12-slim picks the base image.")
    return steps


def _find(steps, keyword, test=lambda args: True):
    return [index for index, (word, args, _) in enumerate(steps) if word == keyword and test(args)]


def check_pinned_python():
    """the image starts from a pinned Python image"""
    steps = _steps()
    image = next(args.split()[0] for word, args, _ in steps if word == "FROM")
    name, _, tag = image.partition(":")
    expect(name.split("/")[-1] == "python" and tag and tag != "latest",
           f"FROM uses {image!r}",
           hint="Name a Python version, for example python:3.12-slim, so that builds do not change under you.")


def check_dependencies_cached():
    """requirements are installed before the rest of the code is copied"""
    steps = _steps()
    copy_requirements = _find(steps, "COPY", lambda a: "requirements" in a)
    install = _find(steps, "RUN", lambda a: "pip install" in a and "requirements" in a)
    copy_all = _find(steps, "COPY", lambda a: a.split()[:1] == ["."] or a.split()[:1] == ["./"])
    expect(copy_requirements and install and copy_all,
           "the Dockerfile needs COPY requirements.txt, RUN pip install -r requirements.txt and COPY . .",
           hint="Copy the requirements file alone, install it, then copy the code.")
    expect(copy_requirements[0] < install[0] < copy_all[-1],
           "the whole code is copied before the dependencies are installed, so every code change reinstalls them",
           hint="Docker reuses a layer until something it copied changes: install from requirements.txt first, "
                "then COPY . . last.")


def check_runs_the_server():
    """it runs as a user that is not root, exposes 8000 and serves on 0.0.0.0"""
    steps = _steps()
    users = [args for word, args, _ in steps if word == "USER"]
    expect(users and users[-1].split(":")[0] not in ("root", "0"),
           f"the container runs as root (USER: {users!r})",
           hint="Create a user with RUN useradd ... and switch to it with USER near the end.")
    expect(_find(steps, "EXPOSE", lambda a: "8000" in a.split() or "8000/tcp" in a.split()),
           "the Dockerfile does not EXPOSE 8000", hint="EXPOSE 8000 documents the port the app listens on.")
    commands = [args for word, args, _ in steps if word == "CMD"]
    expect(commands, "there is no CMD", hint="CMD says what runs when the container starts.")
    words, exec_form = command_words(commands[-1])
    expect(exec_form, "CMD is in shell form, so the server does not receive the stop signal",
           hint="Write CMD as a JSON list: CMD [\"uvicorn\", \"tasks.app:app\", ...].")
    expect("uvicorn" in words and "0.0.0.0" in words,
           f"CMD runs {words!r}",
           hint="Inside a container, 127.0.0.1 is the container itself: pass --host 0.0.0.0 to uvicorn.")
