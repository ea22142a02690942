"""Checks for the `pyproject` milestone: expert/production/shipit/pyproject.toml describes the package."""
import re

from pymastery import expect, expect_equal, expect_isinstance, fail, learner_source
from pymastery.track.production_tools import TomlError, parse_toml

FILE = "expert/production/shipit/pyproject.toml"
REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(\(?\s*(~=|==|!=|<=|>=|<|>|===)\s*[^;]+)?\s*(;.*)?$")


def _project_file():
    try:
        return parse_toml(learner_source(FILE))
    except TomlError as err:
        fail("pyproject.toml is not valid TOML: %s" % err,
             hint="Strings need quotes (name = \"shipit\"), lists need square brackets, and every table header sits on its own line.")


def _name(requirement):
    match = REQUIREMENT.match(requirement)
    return re.sub(r"[-_.]+", "-", match.group(1)).lower() if match else None


def _table(data, key, hint):
    value = data.get(key)
    expect(isinstance(value, dict), "pyproject.toml has no [%s] table" % key, hint=hint)
    return value


def check_names_the_package():
    """[project] names shipit, gives a version and the oldest Python it supports"""
    project = _table(_project_file(), "project", "Start the table with a [project] line.")
    expect_equal(project.get("name"), "shipit", hint="name = \"shipit\": the name pip installs and imports it under.")
    version = project.get("version")
    expect(isinstance(version, str) and re.match(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$", version),
           "version is %r, which is not a version pip understands" % (version,),
           hint="A version is text of numbers and dots, such as version = \"0.1.0\".")
    python = project.get("requires-python")
    expect(isinstance(python, str) and re.match(r"^\s*>=\s*3\.\d+", python),
           "requires-python is %r" % (python,),
           hint="requires-python = \">=3.9\" tells pip which interpreters may install the package.")


def check_lists_its_dependencies():
    """dependencies name fastapi 0.100 or newer and uvicorn, as requirement strings"""
    project = _table(_project_file(), "project", "Start the table with a [project] line.")
    deps = project.get("dependencies")
    expect_isinstance(deps, list, message="dependencies should be a list of strings",
                      hint="dependencies = [\"fastapi>=0.100\", ...] sits in the [project] table.")
    for dep in deps:
        expect(isinstance(dep, str) and _name(dep), "%r is not a requirement pip can read" % (dep,),
               hint="A requirement is a name, optionally followed by a version condition: \"uvicorn>=0.23\".")
    names = {_name(dep): dep for dep in deps}
    missing = [name for name in ("fastapi", "uvicorn") if name not in names]
    expect_equal(missing, [], message="dependencies lack %s" % ", ".join(missing),
                 hint="The service imports fastapi and is started by uvicorn, so both must be installed with it.")
    expect(re.search(r">=\s*0\.1\d\d", names["fastapi"]) or re.search(r">=\s*[1-9]", names["fastapi"]),
           "the fastapi requirement is %r, which allows versions older than 0.100" % names["fastapi"],
           hint="Give it a lower bound: \"fastapi>=0.100\".")


def check_has_a_dev_group():
    """an optional `dev` group installs the test tools"""
    project = _table(_project_file(), "project", "Start the table with a [project] line.")
    extras = project.get("optional-dependencies")
    expect(isinstance(extras, dict) and isinstance(extras.get("dev"), list),
           "there is no list of optional dependencies called dev",
           hint="Add a [project.optional-dependencies] table with dev = [\"pytest\", ...]; pip install -e \".[dev]\" then installs them.")
    expect("pytest" in {_name(dep) for dep in extras["dev"] if isinstance(dep, str)},
           "the dev group is %r, without pytest" % (extras["dev"],), hint="Put pytest in the dev list.")


def check_names_a_build_backend():
    """[build-system] says which backend builds the package and what it needs"""
    system = _table(_project_file(), "build-system",
                    "Add a [build-system] table: pip reads it to know how to build a wheel from your source.")
    requires = system.get("requires")
    expect(isinstance(requires, list) and requires and all(isinstance(r, str) and _name(r) for r in requires),
           "build-system.requires is %r" % (requires,),
           hint="requires lists what the build needs installed, for instance [\"hatchling\"] or [\"setuptools>=68\"].")
    backend = system.get("build-backend")
    expect(isinstance(backend, str) and re.match(r"^[A-Za-z_][\w.]*(:[\w.]+)?$", backend or ""),
           "build-backend is %r" % (backend,),
           hint="build-backend is the module pip calls, such as \"hatchling.build\" or \"setuptools.build_meta\".")
