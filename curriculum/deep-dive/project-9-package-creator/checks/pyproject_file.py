"""Milestone: write pyproject.toml (pkgcreator/pyproject.py)."""
from pymastery import call, expect, expect_equal
from pymastery.track.toml_reader import load_toml
from pymastery.track.web_project import fresh_import

FULL = {
    "name": "tiny-greeter", "version": "0.2.0", "description": "Greets people politely",
    "requires_python": ">=3.8",
    "authors": [{"name": "Ada Lovelace", "email": "ada@example.org"}, {"name": "Grace Hopper"}],
    "dependencies": ["rich>=13", "click>=8,<9"],
    "optional_dependencies": {"test": ["pytest>=7"], "docs": ["mkdocs"]},
    "scripts": {"tiny-greeter": "tiny_greeter.cli:main"},
}


def _parsed(meta):
    module = fresh_import("pkgcreator.pyproject")
    text = call(module.pyproject_toml, meta).value
    expect(isinstance(text, str), "pyproject_toml returned %r, expected the text" % (text,))
    return load_toml(text)


def check_build_system():
    """[build-system] names setuptools and its build backend"""
    doc = _parsed({"name": "tiny-greeter", "version": "0.1.0"})
    expect_equal(doc.get("build-system"),
                 {"requires": ["setuptools>=61"], "build-backend": "setuptools.build_meta"},
                 hint="Write a [build-system] table with requires and build-backend from "
                      "BUILD_SYSTEM.")


def check_minimal_project():
    """A project with only a name and version gets the required fields"""
    doc = _parsed({"name": "tiny-greeter", "version": "0.1.0"})
    expect_equal(doc.get("project"),
                 {"name": "tiny-greeter", "version": "0.1.0", "description": "",
                  "readme": "README.md", "dependencies": []},
                 hint="Without the optional keys: description = \"\", readme, and an empty "
                      "dependencies array; no authors, no requires-python, no empty tables.")


def check_full_project():
    """Authors, dependencies, extras and scripts all land in the right tables"""
    doc = _parsed(FULL)
    project = doc.get("project", {})
    expect_equal(project.get("requires-python"), ">=3.8",
                 hint="PEP 621 spells it requires-python, with a dash.")
    expect_equal(project.get("authors"), FULL["authors"],
                 hint="authors is an array of inline tables: {name = \"...\", email = \"...\"}, "
                      "with only the keys each author has.")
    expect_equal(project.get("dependencies"), FULL["dependencies"])
    expect_equal(project.get("optional-dependencies"), FULL["optional_dependencies"],
                 hint="Each extra is a key of a [project.optional-dependencies] table.")
    expect_equal(project.get("scripts"), FULL["scripts"],
                 hint="Each command is a key of [project.scripts]; quote keys that hold a '-'.")


def check_any_text_survives():
    """Quotes, backslashes and newlines in a description survive"""
    module = fresh_import("pkgcreator.pyproject")
    for text in ('Say "hi"', "C:\\path\\to", "two\nlines\tand a tab", "caf\u00e9 \u2615", "",
                 "ctrl \x01 char"):
        doc = load_toml("x = " + call(module.toml_string, text).value + "\n", "toml_string output")
        expect_equal(doc.get("x"), text,
                     message="toml_string(%r) did not read back as the same text" % text,
                     hint="Escape the backslash first, then the double quote, then "
                          "control characters (\\n, \\t, or \\u00XX for the rest).")
    doc = _parsed(dict(FULL, description='The "best" \\ greeter'))
    expect_equal(doc["project"]["description"], 'The "best" \\ greeter',
                 hint="Pass every string through toml_string.")
