"""Checks for the `packaging` milestone: pyproject.toml, README.md and examples/."""
import glob
import importlib
import os
import re
import runpy
import sys

from pymastery import call, expect, fail, learner_path

ROOT = "week2/day9"


# -- reading TOML: tomllib on 3.11+, tomli where installed, else a small reader -------------

def _load_toml(text):
    try:
        import tomllib  # Python 3.11+
    except ImportError:
        try:
            import tomli as tomllib
        except ImportError:
            tomllib = None
    if tomllib is not None:
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            fail("pyproject.toml is not valid TOML: %s" % error,
                 hint="Check the quotes, brackets and commas around the line it names.")
    try:
        return _MiniToml(text).parse()
    except ValueError as error:
        fail("pyproject.toml is not valid TOML: %s" % error,
             hint="Check the quotes, brackets and commas around the line it names.")


class _MiniToml:
    """Reads the part of TOML that pyproject.toml files use (no dates)."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, message):
        line = self.text.count("\n", 0, self.pos) + 1
        return ValueError("%s (line %d)" % (message, line))

    def skip(self, newlines=False):
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if char in " \t\r" or (newlines and char == "\n"):
                self.pos += 1
            elif char == "#":
                while self.pos < len(self.text) and self.text[self.pos] != "\n":
                    self.pos += 1
            else:
                break

    def parse(self):
        root = {}
        table = root
        while True:
            self.skip(newlines=True)
            if self.pos >= len(self.text):
                return root
            if self.text.startswith("[[", self.pos):
                self.pos += 2
                keys = self.keys("]]")
                self.pos += 2
                parent = self.descend(root, keys[:-1])
                array = parent.setdefault(keys[-1], [])
                if not isinstance(array, list):
                    raise self.error("%s is not an array of tables" % keys[-1])
                table = {}
                array.append(table)
            elif self.text[self.pos] == "[":
                self.pos += 1
                keys = self.keys("]")
                self.pos += 1
                table = self.descend(root, keys)
            else:
                keys = self.keys("=")
                self.pos += 1
                self.skip()
                target = self.descend(table, keys[:-1])
                if keys[-1] in target:
                    raise self.error("duplicate key %s" % keys[-1])
                target[keys[-1]] = self.value()
            self.skip()
            if self.pos < len(self.text) and self.text[self.pos] != "\n":
                raise self.error("unexpected %r" % self.text[self.pos])

    def descend(self, table, keys):
        for key in keys:
            table = table.setdefault(key, {})
            if isinstance(table, list):
                table = table[-1]
            if not isinstance(table, dict):
                raise self.error("%s is not a table" % key)
        return table

    def keys(self, end):
        keys = []
        while True:
            self.skip()
            if self.text[self.pos:self.pos + 1] in ('"', "'"):
                keys.append(self.string())
            else:
                match = re.compile(r"[A-Za-z0-9_-]+").match(self.text, self.pos)
                if not match:
                    raise self.error("expected a key")
                keys.append(match.group())
                self.pos = match.end()
            self.skip()
            if self.text.startswith(end, self.pos):
                return keys
            if self.text[self.pos:self.pos + 1] != ".":
                raise self.error("expected %r" % end)
            self.pos += 1

    def string(self):
        text = self.text
        for quote in ('"""', "'''"):
            if text.startswith(quote, self.pos):
                end = text.find(quote, self.pos + 3)
                if end < 0:
                    raise self.error("unclosed string")
                raw = text[self.pos + 3:end]
                self.pos = end + 3
                if raw.startswith("\n"):
                    raw = raw[1:]
                return self.unescape(raw) if quote == '"""' else raw
        quote = text[self.pos]
        end = self.pos + 1
        while end < len(text) and text[end] != quote:
            if text[end] == "\n":
                raise self.error("unclosed string")
            end += 2 if quote == '"' and text[end] == "\\" else 1
        if end >= len(text):
            raise self.error("unclosed string")
        raw = text[self.pos + 1:end]
        self.pos = end + 1
        return self.unescape(raw) if quote == '"' else raw

    def unescape(self, raw):
        simple = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "b": "\b", "f": "\f"}

        def replace(match):
            body = match.group(1)
            if body[0] in "uU":
                return chr(int(body[1:], 16))
            if body[0] == "\n":
                return ""
            return simple[body]

        return re.sub(r'\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|\n\s*|[ntrbf"\\])', replace, raw)

    def value(self):
        text = self.text
        char = text[self.pos:self.pos + 1]
        if char in ('"', "'"):
            return self.string()
        if char == "[":
            self.pos += 1
            items = []
            while True:
                self.skip(newlines=True)
                if text[self.pos:self.pos + 1] == "]":
                    self.pos += 1
                    return items
                items.append(self.value())
                self.skip(newlines=True)
                if text[self.pos:self.pos + 1] == ",":
                    self.pos += 1
                elif text[self.pos:self.pos + 1] != "]":
                    raise self.error("expected , or ] in an array")
        if char == "{":
            self.pos += 1
            table = {}
            self.skip()
            if text[self.pos:self.pos + 1] == "}":
                self.pos += 1
                return table
            while True:
                keys = self.keys("=")
                self.pos += 1
                self.skip()
                self.descend(table, keys[:-1])[keys[-1]] = self.value()
                self.skip()
                if text[self.pos:self.pos + 1] == "}":
                    self.pos += 1
                    return table
                if text[self.pos:self.pos + 1] != ",":
                    raise self.error("expected , or } in an inline table")
                self.pos += 1
        match = re.compile(r"[^\s,\]\}#]+").match(text, self.pos)
        if not match:
            raise self.error("expected a value")
        self.pos = match.end()
        word = match.group()
        if word in ("true", "false"):
            return word == "true"
        try:
            return int(word.replace("_", ""), 0)
        except ValueError:
            pass
        try:
            return float(word.replace("_", ""))
        except ValueError:
            return word  # a date or time: kept as text


# -- the checks -----------------------------------------------------------------------------

def _pyproject():
    path = os.path.join(learner_path(ROOT), "pyproject.toml")
    if not os.path.isfile(path):
        fail("There is no week2/day9/pyproject.toml.", hint="Create it beside the datatools folder.")
    with open(path, encoding="utf-8") as handle:
        return _load_toml(handle.read())


def _project():
    project = _pyproject().get("project")
    if not isinstance(project, dict):
        fail("pyproject.toml has no [project] table.",
             hint="Add a [project] table with name, version, description, readme and requires-python.")
    return project


def _import_datatools():
    root = learner_path(ROOT)
    if root not in sys.path:
        sys.path.insert(0, root)
    importlib.invalidate_caches()
    return call(importlib.import_module, "datatools").value


def check_build_system():
    """[build-system] names a build backend and what it needs"""
    build = _pyproject().get("build-system")
    if not isinstance(build, dict):
        fail("pyproject.toml has no [build-system] table.",
             hint="pip reads [build-system] to know which tool builds your package, for example setuptools.")
    requires = build.get("requires")
    expect(isinstance(requires, list) and requires and all(isinstance(r, str) and r.strip() for r in requires),
           "build-system.requires should be a non-empty list of requirement strings.",
           hint="requires = [\"setuptools>=61\"] is enough for setuptools.")
    backend = build.get("build-backend")
    expect(isinstance(backend, str) and re.match(r"^[A-Za-z_][\w.]*(:[\w.]+)?$", backend or ""),
           "build-system.build-backend should name the backend module, not %r." % (backend,),
           hint="For setuptools the backend is \"setuptools.build_meta\".")


def check_project_metadata():
    """[project] names datatools and describes it"""
    project = _project()
    name = project.get("name")
    expect(isinstance(name, str) and re.sub(r"[-_.]+", "-", name).lower() == "datatools",
           "project.name should be \"datatools\", not %r." % (name,),
           hint="The distribution name is what people type after pip install.")
    description = project.get("description")
    expect(isinstance(description, str) and description.strip(),
           "project.description should be a one-line summary.", hint="description = \"...\" in [project].")
    python = project.get("requires-python")
    expect(isinstance(python, str) and re.match(r"^\s*(>=|>|~=|==|!=|<|<=)\s*3", python or ""),
           "project.requires-python should be a version specifier such as \">=3.8\", not %r." % (python,),
           hint="requires-python = \">=3.8\" stops pip installing it on a Python too old to run it.")
    dependencies = project.get("dependencies", [])
    expect(isinstance(dependencies, list) and all(isinstance(d, str) for d in dependencies),
           "project.dependencies should be a list of requirement strings (it may be empty).",
           hint="dependencies = [] when the package needs nothing outside the standard library.")


def check_version_matches():
    """the version in pyproject.toml is datatools.__version__"""
    project = _project()
    if "version" in (project.get("dynamic") or []):
        return  # the build backend reads the version from the code itself
    version = project.get("version")
    expect(isinstance(version, str) and version,
           "project.version is missing (or declare it in dynamic).", hint="version = \"0.1.0\" in [project].")
    code_version = getattr(_import_datatools(), "__version__", None)
    expect(version == code_version,
           "pyproject.toml says version %r but datatools.__version__ is %r." % (version, code_version),
           hint="Keep one version: write the same string in both places (or make it dynamic).")


def check_readme():
    """the README explains installing and shows usage"""
    project = _project()
    readme = project.get("readme")
    if isinstance(readme, dict):
        readme = readme.get("file")
    expect(isinstance(readme, str) and os.path.isfile(os.path.join(learner_path(ROOT), readme)),
           "project.readme should name the README file beside pyproject.toml, not %r." % (readme,),
           hint="readme = \"README.md\".")
    with open(os.path.join(learner_path(ROOT), "README.md"), encoding="utf-8") as handle:
        text = handle.read()
    expect("TODO" not in text, "README.md still has its TODO.", hint="Replace the TODO with real sections.")
    expect(re.search(r"pip install\b", text), "README.md should say how to install the package with pip.",
           hint="Show the editable install people run from the project folder.")
    blocks = re.findall(r"```[^\n]*\n(.*?)```", text, re.S)
    expect(any(re.search(r"^\s*(import datatools|from datatools\b)", block, re.M) for block in blocks),
           "README.md should have a code block that imports datatools.",
           hint="Add a usage section with a ```python block that imports and calls datatools.")


def check_examples_run():
    """every script in examples/ runs and prints something"""
    root = learner_path(ROOT)
    scripts = sorted(glob.glob(os.path.join(root, "examples", "*.py")))
    expect(scripts, "examples/ has no .py file.", hint="Add a script such as examples/quickstart.py.")
    if root not in sys.path:
        sys.path.insert(0, root)
    os.chdir(root)
    for script in scripts:
        for name in [n for n in sys.modules if n == "datatools" or n.startswith("datatools.")]:
            del sys.modules[name]
        sys.argv = [script]
        result = call(runpy.run_path, script, run_name="__main__")
        expect("datatools" in sys.modules,
               "%s does not import datatools." % os.path.relpath(script, root),
               hint="An example shows the package in use: import it and call a few functions.")
        expect(result.stdout.strip(), "%s printed nothing." % os.path.relpath(script, root),
               hint="Print what the example produces, so someone running it sees the package work.")
