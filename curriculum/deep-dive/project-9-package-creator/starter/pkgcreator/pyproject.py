"""Writing pyproject.toml (PEP 517/518 build system, PEP 621 project metadata)."""

BUILD_SYSTEM = {"requires": ["setuptools>=61"], "build-backend": "setuptools.build_meta"}


def toml_string(text):
    """`text` as a TOML basic string, in double quotes, with backslashes, double quotes and
    control characters (newlines, tabs, ...) escaped so any text survives a round trip."""
    raise NotImplementedError


def pyproject_toml(meta):
    """The text of a pyproject.toml for the project described by the dict `meta`.

    `meta` has "name" and "version", and may have "description" (str), "requires_python"
    (str, such as ">=3.8"), "authors" (a list of {"name": ..., "email": ...}),
    "dependencies" (a list of requirement strings), "optional_dependencies" ({extra: [...]})
    and "scripts" ({command: "module.path:function"}).

    The document has a [build-system] table (BUILD_SYSTEM), and a [project] table with
    name, version, description (default ""), readme = "README.md", requires-python (when
    given), authors, dependencies (default []), and the tables
    [project.optional-dependencies] and [project.scripts] when there is anything to put
    in them. Every string goes through toml_string.
    """
    raise NotImplementedError
