"""Loading a milestone's check file and finding the checks in it."""
from __future__ import annotations

import sys

from ._callsites import call_noting_globals
from ._stdlib import import_stdlib

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import CodeType, ModuleType
    from typing import Callable, List, Optional

CHECK_MODULE_NAME = "__check__"
_PACKAGE = __name__.rpartition(".")[0]
_PYTEST_COMPAT = _PACKAGE + "._pytest_compat"


class BrokenCheckFile(Exception):
    """The check file itself can't be loaded: a problem in the course, not the learner's code."""


class Check:
    """One check found in the check file: a function, or one test method of a TestCase.

    In a check file that imports pytest, `pytest_case` is the index of the function's
    parametrized case (0 when it has no parameters); it is None in other check files.
    """

    __slots__ = ("name", "function_name", "class_name", "pytest_case")

    def __init__(self, name: str, function_name: str, class_name: Optional[str] = None,
                 pytest_case: Optional[int] = None) -> None:
        self.name = name
        self.function_name = function_name
        self.class_name = class_name
        self.pytest_case = pytest_case

    def target(self, module: ModuleType) -> object:
        """The function (or TestCase class) this check runs, looked up in a loaded check module."""
        if self.class_name is None:
            return getattr(module, self.function_name)
        return getattr(module, self.class_name)


def compile_check_file(path: str) -> CodeType:
    """Compiles the check file, rewriting its bare `assert`s and noting its calls (see
    `_callsites`); raises BrokenCheckFile."""
    try:
        with open(path, "rb") as source:
            raw = source.read()
    except OSError as error:
        raise BrokenCheckFile("the check file %s could not be read: %s"
                              % (path, error.strerror or error)) from None
    uses_unittest = b"unittest" in raw
    if uses_unittest:
        # Imported now, while the learner's files can't shadow it.
        import_stdlib("unittest")
        from . import _testcases  # noqa: F401
    uses_pytest = b"pytest" in raw and imports_pytest(raw)
    if uses_pytest:
        from . import _pytest_compat  # noqa: F401  (its presence makes pytest-style checks)
    try:
        if b"assert" not in raw and not uses_unittest and not uses_pytest:
            # Check functions that use the API only: compiled as written (no `ast` to import);
            # call() and capture() note the learner functions they call.
            return compile(raw, path, "exec", dont_inherit=True)
        from ._asserts import rewrite_asserts
        from ._callsites import rewrite_calls

        ast = import_stdlib("ast")
        text = raw.decode("utf-8")
        if text.startswith("\ufeff"):
            text = text[1:]
        tree = rewrite_asserts(rewrite_calls(ast.parse(text, path)), text)
        return compile(tree, path, "exec", dont_inherit=True)
    except SyntaxError as error:
        raise BrokenCheckFile("the check file has a syntax error on line %s: %s"
                              % (error.lineno, error.msg)) from None
    except (ValueError, UnicodeDecodeError) as error:
        raise BrokenCheckFile("the check file can't be read as Python: %s" % error) from None


def imports_pytest(raw: bytes) -> bool:
    """Whether check-file source has an `import pytest` or `from pytest import` line (a file
    that only names pytest in text or in function names runs without the stand-in)."""
    for line in raw.splitlines():
        if b"pytest" not in line:
            continue
        words = line.split(b"#", 1)[0].replace(b",", b" ").replace(b";", b" ").split()
        if words[:1] == [b"import"] and b"pytest" in words[1:]:
            return True
        if words[:1] == [b"from"] and words[1:2] == [b"pytest"]:
            return True
    return False


def execute_check_file(code: CodeType, path: str) -> ModuleType:
    """Runs compiled check-file code in a new module (a fresh one for every call)."""
    module = type(sys)(CHECK_MODULE_NAME)
    module.__file__ = path
    module.__spec__ = None
    rewriting = sys.modules.get(_PACKAGE + "._asserts")
    if rewriting is not None:  # the check file's asserts and calls were rewritten to call these
        vars(module).update(rewriting.reporters())
        vars(module).update(call_noting_globals())
    pytest_compat = sys.modules.get(_PYTEST_COMPAT)
    if pytest_compat is not None:  # `import pytest` in the check file gets the stand-in
        vars(module)["__builtins__"] = pytest_compat.check_module_builtins()
    sys.modules[CHECK_MODULE_NAME] = module
    exec(code, vars(module))
    return module


def check_name(function: Callable, fallback: str) -> str:
    """The name the learner sees: the docstring's first line, else `fallback`."""
    doc = getattr(function, "__doc__", None)
    if isinstance(doc, str):
        for line in doc.strip().splitlines()[:1]:
            if line.strip():
                return line.strip()
    return fallback


def discover_checks(module: ModuleType) -> List[Check]:
    """`check_*` and `test_*` functions and TestCase test methods, in the order they're defined."""
    checks: List[Check] = []
    testcase_type = _testcase_type()
    pytest_compat = sys.modules.get(_PYTEST_COMPAT)
    for name, value in list(vars(module).items()):
        if isinstance(value, type):
            if (testcase_type is not None and issubclass(value, testcase_type)
                    and value.__module__ == CHECK_MODULE_NAME):
                from ._testcases import test_method_names

                for method in test_method_names(value):
                    fallback = "%s.%s" % (name, method)
                    checks.append(Check(check_name(getattr(value, method), fallback), method,
                                        name))
        elif (name.startswith(("check_", "test_")) and callable(value)
              and getattr(value, "__module__", None) == CHECK_MODULE_NAME):
            shown = check_name(value, name.replace("_", " "))
            if pytest_compat is None:
                checks.append(Check(shown, name))
            else:  # one check per parametrized case
                for index, case_id in enumerate(pytest_compat.case_ids(value)):
                    case_name = shown if case_id is None else "%s[%s]" % (shown, case_id)
                    checks.append(Check(case_name, name, pytest_case=index))
    return checks


def _testcase_type() -> Optional[type]:
    """unittest.TestCase if the check file imported unittest (otherwise no class can be one)."""
    unittest = sys.modules.get("unittest")
    return getattr(unittest, "TestCase", None)
