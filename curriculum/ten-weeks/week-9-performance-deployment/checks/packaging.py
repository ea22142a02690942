"""Checks for the `packaging` milestone (week9/taskcli/pyproject.toml)."""
from pymastery import expect, expect_equal, fail, learner_module, learner_source, read_toml

PATH = "week9/taskcli/pyproject.toml"


def _project():
    data = read_toml(learner_source(PATH), PATH)
    project = data.get("project")
    if not isinstance(project, dict):
        fail("pyproject.toml has no [project] table.", hint="Add a [project] table with name, version and requires-python.")
    return data, project


def check_build_system():
    """[build-system] names setuptools and its build backend"""
    data = read_toml(learner_source(PATH), PATH)
    build = data.get("build-system") or {}
    requires = build.get("requires") or []
    expect(any(str(r).startswith("setuptools") for r in requires),
           f"build-system requires is {requires!r}; it should list setuptools",
           hint="[build-system] requires = [\"setuptools>=61\"]")
    expect_equal(build.get("build-backend"), "setuptools.build_meta",
                 hint="The backend is the module pip calls to build: setuptools.build_meta.")


def check_names_the_package():
    """[project] gives the name, a version and the Python it needs"""
    _, project = _project()
    expect_equal(project.get("name"), "taskcli", hint="name = \"taskcli\", the name pip installs it by.")
    version = project.get("version")
    expect(isinstance(version, str) and version.count(".") >= 1 and version.replace(".", "").isdigit(),
           f"version should be a string such as \"0.1.0\", got {version!r}",
           hint="version = \"0.1.0\", matching __version__ in taskcli/__init__.py.")
    package = learner_module("week9/taskcli/taskcli/__init__.py")
    expect_equal(version, getattr(package, "__version__", None),
                 message="the version in pyproject.toml differs from taskcli.__version__")
    expect(str(project.get("requires-python", "")).startswith(">="),
           f"requires-python is {project.get('requires-python')!r}",
           hint="requires-python = \">=3.8\" states the oldest Python it runs on.")


def check_entry_point():
    """[project.scripts] makes a taskcli command that calls taskcli.cli:main"""
    _, project = _project()
    scripts = project.get("scripts") or {}
    expect("taskcli" in scripts, f"[project.scripts] has {sorted(scripts)!r}, no taskcli command",
           hint="A [project.scripts] table maps a command name to \"module:function\".")
    target = str(scripts["taskcli"])
    module_name, _, function = target.partition(":")
    expect_equal(module_name, "taskcli.cli", hint="The command's code is in taskcli/cli.py: the module taskcli.cli.")
    cli = learner_module("week9/taskcli/taskcli/cli.py")
    expect(callable(getattr(cli, function, None)),
           f"the entry point names {function!r}, which taskcli/cli.py does not define",
           hint="Name the function after the colon: main.")
