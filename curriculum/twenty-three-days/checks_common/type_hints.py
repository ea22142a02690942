"""Reading a learner file's type hints: what `ast` sees, and what mypy says when it is installed."""
from __future__ import annotations

import ast
import importlib.util
import os
import re
import subprocess
import sys
import tempfile

from pymastery import fail, learner_path, learner_source


class Definition:
    """One `def` in the file: its enclosing names (outermost first) and whether it is a method."""

    def __init__(self, node: ast.AST, names: list, is_method: bool, outer_is_class: bool) -> None:
        self.node = node
        self.names = names
        self.is_method = is_method
        self.outer_is_class = outer_is_class

    @property
    def shown(self) -> str:
        return ".".join(self.names)

    @property
    def at(self) -> str:
        """The closest name an expectation can point at: `func` or `Class.method`."""
        return ".".join(self.names[:2]) if self.outer_is_class else self.names[0]


def _definitions(tree: ast.AST) -> list:
    found = []

    def visit(node: ast.AST, names: list, in_class: bool, outer_is_class: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inner = names + [child.name]
                found.append(Definition(child, inner, in_class, outer_is_class))
                visit(child, inner, False, outer_is_class)
            elif isinstance(child, ast.ClassDef):
                visit(child, names + [child.name], True, outer_is_class or not names)
            else:
                visit(child, names, in_class, outer_is_class)

    visit(tree, [], False, False)
    return found


def _is_static(node: ast.AST) -> bool:
    for decorator in getattr(node, "decorator_list", []):
        if isinstance(decorator, ast.Name) and decorator.id == "staticmethod":
            return True
    return False


def missing_hints(path: str) -> list:
    """[(Definition, what is missing)] for every def in the workspace file `path`."""
    tree = ast.parse(learner_source(path))
    problems = []
    for definition in _definitions(tree):
        node = definition.node
        arguments = node.args
        positional = list(getattr(arguments, "posonlyargs", [])) + list(arguments.args)
        if definition.is_method and not _is_static(node) and positional:
            positional = positional[1:]  # self or cls
        every = positional + list(arguments.kwonlyargs)
        for extra in (arguments.vararg, arguments.kwarg):
            if extra is not None:
                every.append(extra)
        bare = [arg.arg for arg in every if arg.annotation is None]
        if bare:
            problems.append((definition, "parameter%s %s" % (
                "s" if len(bare) > 1 else "", ", ".join(bare))))
        elif node.returns is None and not (definition.is_method and node.name == "__init__"):
            problems.append((definition, "a return type"))
    return problems


def expect_hints_everywhere(path: str) -> None:
    """Fails at the first def in `path` with a parameter or return type left unannotated."""
    problems = missing_hints(path)
    if problems:
        definition, missing = problems[0]
        others = len(problems) - 1
        fail(
            "%s() in %s has no type hint for %s%s." % (
                definition.shown, os.path.basename(path), missing,
                " (and %d more definition%s lack hints)" % (others, "s" if others > 1 else "")
                if others else ""),
            hint="Annotate every parameter (`val: object`) and the return type (`-> bool`, or "
                 "`-> None` for a function that returns nothing). self and cls need none.",
            at=definition.at,
        )


def has_mypy() -> bool:
    try:
        return importlib.util.find_spec("mypy") is not None
    except (ImportError, ValueError):
        return False


_ERROR = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?:\d+:)? error: (?P<text>.*)$", re.M)


def run_mypy(paths: list, timeout: float = 100.0):
    """mypy's errors for workspace files `paths` as [(path, line, text)]; None without mypy."""
    if not has_mypy():
        return None
    workspace = learner_path(".")
    cache = tempfile.mkdtemp(prefix="pm-mypy-")
    command = [sys.executable, "-m", "mypy", "--no-error-summary", "--show-column-numbers",
               "--no-color-output", "--ignore-missing-imports", "--cache-dir", cache,
               "--config-file", os.devnull] + [learner_path(p) for p in paths]
    try:
        finished = subprocess.run(command, cwd=workspace, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  timeout=timeout)
    except subprocess.TimeoutExpired:
        print("mypy did not finish in %d seconds, so only the hints themselves were read." % timeout)
        return []
    output = finished.stdout.decode("utf-8", "replace")
    errors = []
    for match in _ERROR.finditer(output):
        errors.append((match.group("file"), int(match.group("line")), match.group("text")))
    if finished.returncode not in (0, 1) and not errors:
        print("mypy could not run: " + output.strip()[-500:])
    return errors


def enclosing_name(path: str, line: int):
    """The `at=` name of the def that holds `line` in the workspace file `path`, if any."""
    tree = ast.parse(learner_source(path))
    best = None
    for definition in _definitions(tree):
        node = definition.node
        end = getattr(node, "end_lineno", None) or node.lineno
        if node.lineno <= line <= end:
            best = definition
    return best.at if best is not None else None
