"""Reading deployment files for week 9's checks: a small Dockerfile reader and a YAML loader."""
import json
import os
import shlex

from pymastery import fail, learner_path

KEYWORDS = {"FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME",
            "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"}


def read_text(path, what):
    """The text of a workspace file; a missing file fails the check."""
    full = learner_path(path)
    if not os.path.isfile(full):
        fail("There is no %s yet." % path, hint="Create %s, %s." % (path, what))
    with open(full, encoding="utf-8") as handle:
        return handle.read()


def dockerfile_steps(text, where):
    """[(KEYWORD, argument text, line)] of a Dockerfile, continuation lines joined."""
    steps, pending, start = [], "", 0
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not pending:
            start = number
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        pending += line
        keyword, _, args = pending.partition(" ")
        if keyword.upper() not in KEYWORDS:
            fail("%s line %d does not start with a Dockerfile instruction: %r" % (where, start, pending[:60]),
                 hint="Each instruction starts with a word such as FROM, COPY, RUN or CMD.")
        steps.append((keyword.upper(), args.strip(), start))
        pending = ""
    return steps


def command_words(args):
    """The words of a CMD/RUN argument, exec form (a JSON list) or shell form."""
    if args.startswith("["):
        try:
            value = json.loads(args)
            if isinstance(value, list):
                return [str(v) for v in value], True
        except ValueError:
            pass
    try:
        return shlex.split(args), False
    except ValueError:
        return args.split(), False


def load_yaml(path, what):
    """A workspace YAML file parsed with PyYAML's safe loader; it must hold a mapping."""
    import yaml

    text = read_text(path, what)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        fail("%s is not valid YAML: %s" % (path, error),
             hint="Indent with spaces, never tabs, and line up the keys of one mapping.")
    if not isinstance(data, dict):
        fail("%s should hold a mapping at its top, not %s." % (path, type(data).__name__),
             hint="Start with the top-level keys.")
    return data


def environment_of(service):
    """A compose service's environment as a dict, mapping or list form."""
    env = service.get("environment") or {}
    if isinstance(env, list):
        return dict(str(entry).partition("=")[::2] for entry in env)
    return {str(k): "" if v is None else str(v) for k, v in env.items()}
