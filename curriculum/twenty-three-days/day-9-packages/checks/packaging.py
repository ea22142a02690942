"""Checks for the `packaging` milestone: pyproject.toml, README.md and examples/."""
import glob
import importlib
import os
import re
import runpy
import sys

from pymastery import call, expect, fail, learner_path, read_toml

ROOT = "week2/day9"


def _pyproject():
    path = os.path.join(learner_path(ROOT), "pyproject.toml")
    if not os.path.isfile(path):
        fail("There is no week2/day9/pyproject.toml.", hint="Create it beside the datatools folder.")
    with open(path, encoding="utf-8") as handle:
        return read_toml(handle.read())


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
