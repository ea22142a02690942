"""Reading the files that describe containers, for the checks of days 20 and 22: a Dockerfile
parser, a reader for docker-compose.yml (with PyYAML), and a Makefile reader."""
import json
import os
import re
import shlex

from pymastery import fail, learner_path

INSTRUCTIONS = {"FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME",
                "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL", "MAINTAINER"}
SECRET_WORDS = re.compile(r"SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|PRIVATE", re.I)


def read_text(path, what=None):
    """The text of a workspace file; a missing file fails the check."""
    full = learner_path(path)
    if not os.path.isfile(full):
        fail("There is no %s yet." % path, hint="Create %s%s." % (path, (" " + what) if what else ""))
    with open(full, encoding="utf-8") as handle:
        return handle.read()


class Instruction:
    """One Dockerfile instruction: keyword, its argument text, flags (--from=...), its line."""

    def __init__(self, keyword, args, line):
        self.keyword = keyword
        self.line = line
        self.flags = {}
        rest = args.strip()
        while rest.startswith("--"):
            flag, _, rest = rest.partition(" ")
            name, _, value = flag[2:].partition("=")
            self.flags[name.lower()] = value
            rest = rest.strip()
        self.args = rest

    def exec_form(self):
        """The JSON array of CMD/ENTRYPOINT/RUN in exec form, or None for shell form."""
        if not self.args.startswith("["):
            return None
        try:
            value = json.loads(self.args)
        except ValueError:
            return None
        return value if isinstance(value, list) and all(isinstance(v, str) for v in value) else None

    def words(self):
        form = self.exec_form()
        if form is not None:
            return form
        try:
            return shlex.split(self.args)
        except ValueError:
            return self.args.split()

    def __repr__(self):
        return "%s %s (line %d)" % (self.keyword, self.args, self.line)


class Stage:
    def __init__(self, base, name, line):
        self.base = base
        self.name = name
        self.line = line
        self.instructions = []

    def find(self, keyword):
        return [i for i in self.instructions if i.keyword == keyword]


def parse_dockerfile(text, where="Dockerfile"):
    """The stages of a Dockerfile; anything that is not a known instruction fails the check."""
    stages = []
    logical, start = "", 0
    lines = text.split("\n")
    instructions = []
    for number, raw in enumerate(lines, 1):
        stripped = raw.strip()
        if not logical and (not stripped or stripped.startswith("#")):
            continue
        if logical and stripped.startswith("#"):
            continue  # a comment inside a continued instruction
        if not logical:
            start = number
        if stripped.endswith("\\"):
            logical += stripped[:-1] + " "
            continue
        logical += stripped
        keyword, _, args = logical.partition(" ")
        if keyword.upper() not in INSTRUCTIONS:
            fail("%s line %d does not start with a Dockerfile instruction: %r" % (where, start, logical[:80]),
                 hint="Every line starts with an instruction such as FROM, RUN, COPY or CMD; a long command "
                      "continues on the next line after a backslash.")
        instructions.append(Instruction(keyword.upper(), args, start))
        logical = ""
    if logical:
        fail("%s ends in the middle of an instruction (a backslash on its last line)." % where,
             hint="Remove the trailing backslash.")
    for instruction in instructions:
        if instruction.keyword == "FROM":
            words = instruction.args.split()
            name = words[2] if len(words) == 3 and words[1].lower() == "as" else None
            if not words or (len(words) != 1 and name is None):
                fail("%s line %d: FROM takes an image and optionally AS name: %r" % (where, instruction.line, instruction.args),
                     hint="For example FROM python:3.12-slim AS builder.")
            stages.append(Stage(words[0], name, instruction.line))
        elif not stages:
            if instruction.keyword != "ARG":
                fail("%s line %d: %s comes before the first FROM." % (where, instruction.line, instruction.keyword),
                     hint="A Dockerfile starts with FROM (only ARG may come before it).")
        else:
            stages[-1].instructions.append(instruction)
    if not stages:
        fail("%s has no FROM instruction." % where, hint="Start with FROM python:3.12-slim AS builder.")
    return stages


def image_tag(image):
    """(name, tag) of an image reference; tag None when it is missing."""
    name = image.split("@")[0]
    last = name.rsplit("/", 1)[-1]
    if ":" in last:
        return name.rsplit(":", 1)[0], name.rsplit(":", 1)[1]
    return name, None


def load_yaml(path, what=None):
    """A YAML file of the workspace, parsed with PyYAML's safe loader; a mapping is required."""
    import yaml

    text = read_text(path, what)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        fail("%s is not valid YAML: %s" % (path, error),
             hint="YAML cares about indentation: use spaces (never tabs) and line up the keys of one mapping.")
    if not isinstance(data, dict):
        fail("%s should hold a mapping at its top, not %s." % (path, type(data).__name__),
             hint="Start with the top-level keys, such as services:.")
    return data


def environment_of(service):
    """A compose service's environment as a dict, whether written as a mapping or a list."""
    env = service.get("environment") or {}
    if isinstance(env, list):
        pairs = {}
        for entry in env:
            key, _, value = str(entry).partition("=")
            pairs[key] = value
        return pairs
    return {str(k): "" if v is None else str(v) for k, v in env.items()}


def depends_on(service):
    """{name: condition} of a compose service's depends_on, list or mapping form."""
    value = service.get("depends_on") or {}
    if isinstance(value, list):
        return {str(name): "service_started" for name in value}
    return {str(name): (spec or {}).get("condition", "service_started") for name, spec in value.items()}


def volumes_of(service):
    """(source, target) pairs of a compose service's volumes, short or long syntax."""
    pairs = []
    for entry in service.get("volumes") or []:
        if isinstance(entry, dict):
            pairs.append((str(entry.get("source", "")), str(entry.get("target", ""))))
        else:
            parts = str(entry).split(":")
            pairs.append((parts[0], parts[1]) if len(parts) > 1 else ("", parts[0]))
    return pairs


def parse_makefile(text):
    """{target: [recipe lines]} of a Makefile; a recipe line indented with spaces fails the check."""
    rules, current = {}, None
    for number, raw in enumerate(text.split("\n"), 1):
        if raw.startswith("\t"):
            if current is None:
                fail("Makefile line %d is a recipe line (it starts with a tab) outside any rule." % number,
                     hint="A recipe belongs under a line such as build:.")
            for target in current:
                rules[target].append(raw.strip())
            continue
        stripped = raw.split("#", 1)[0].rstrip()
        if not stripped:
            continue
        if raw.startswith(" ") and current is not None:
            fail("Makefile line %d is indented with spaces: make needs a tab before each command." % number,
                 hint="Configure your editor to keep tabs in Makefiles, or type the tab again.")
        match = re.match(r"^([^:=\s][^:=]*?)\s*::?(?!=)(.*)$", stripped)
        if match:
            current = match.group(1).split()
            for target in current:
                rules.setdefault(target, [])
                rules.setdefault("__deps__" + target, []).extend(match.group(2).split())
        else:
            current = None  # a variable assignment or a directive
    return rules
