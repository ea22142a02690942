"""Fixtures for pytest-style tests: `@pytest.fixture` functions and tmp_path, capsys, monkeypatch.

Every fixture is set up for one test and torn down after it (function scope), whatever `scope=`
says: each check runs on its own, with the learner's modules imported fresh.
"""
from __future__ import annotations

import os
import sys

from ._session import active_check
from ._stdlib import import_stdlib

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Tuple


class CannotRun(Exception):
    """The check file asks for something the harness can't do (an unknown fixture, say)."""


# -- finding what a function asks for ----------------------------------------------------------

def unwrapped(function: Callable) -> Callable:
    """The function behind `functools.wraps` decorators, whose parameters pytest reads."""
    for _ in range(50):
        inner = getattr(function, "__wrapped__", None)
        if inner is None:
            break
        function = inner
    return function


def parameters(function: Callable) -> Tuple[List[str], List[str]]:
    """(names without a default, names with one) of a function's parameters, in order."""
    function = unwrapped(function)
    code = getattr(function, "__code__", None)
    if code is None:
        return [], []
    positional = list(code.co_varnames[:code.co_argcount])
    keyword_only = list(code.co_varnames[code.co_argcount:
                                         code.co_argcount + code.co_kwonlyargcount])
    defaults = len(getattr(function, "__defaults__", None) or ())
    keyword_defaults = getattr(function, "__kwdefaults__", None) or {}
    required = positional[:len(positional) - defaults]
    optional = positional[len(positional) - defaults:]
    required += [name for name in keyword_only if name not in keyword_defaults]
    optional += [name for name in keyword_only if name in keyword_defaults]
    return required, optional


def is_generator_or_coroutine(value: object) -> bool:
    return hasattr(value, "__await__") or hasattr(value, "__next__")


# -- @pytest.fixture ---------------------------------------------------------------------------

class FixtureDefinition:
    """A function decorated with `@pytest.fixture`, found by its name in the check module."""

    def __init__(self, function: Callable, name: str, autouse: bool, params: object) -> None:
        self.function = function
        self.name = name
        self.autouse = autouse
        self.params = params
        self.__doc__ = getattr(function, "__doc__", None)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise CannotRun('fixture "%s" called directly. Fixtures are not meant to be called '
                        "directly, but are created automatically when test functions request "
                        "them as parameters" % self.name)

    def __repr__(self) -> str:
        return "<fixture %s>" % self.name


def fixture(fixture_function: object = None, *, scope: object = "function", params: object = None,
            autouse: bool = False, ids: object = None, name: Optional[str] = None) -> Any:
    """pytest.fixture, bare (`@pytest.fixture`) or called (`@pytest.fixture(autouse=True)`)."""
    def decorate(function: Callable) -> FixtureDefinition:
        return FixtureDefinition(function, name or function.__name__, bool(autouse), params)

    if callable(fixture_function):
        return decorate(fixture_function)
    return decorate


# -- built-in fixtures -------------------------------------------------------------------------

_NOT_SET = object()


class MonkeyPatch:
    """pytest's monkeypatch: changes attributes, items, the environment, the working directory
    and sys.path for one test; `undo` (run after the test) puts everything back."""

    def __init__(self) -> None:
        self._attributes: List[Tuple[object, str, object]] = []
        self._items: List[Tuple[Any, object, object]] = []
        self._cwd: Optional[str] = None
        self._sys_path: Optional[List[str]] = None

    def setattr(self, target: object, name: object = _NOT_SET, value: object = _NOT_SET,
                raising: bool = True) -> None:
        """`setattr(obj, "name", value)` or `setattr("module.attr", value)`."""
        if value is _NOT_SET:
            if not isinstance(target, str):
                raise TypeError("use setattr(target, name, value) or setattr(target, value) "
                                "with target being a dotted import string")
            value = name
            name, target = _attribute_at(target, raising)
        elif isinstance(target, str):
            raise TypeError("use setattr(target, name, value) with target an object, or "
                            "setattr(\"module.attr\", value)")
        old = getattr(target, name, _NOT_SET)  # type: ignore[arg-type]
        if raising and old is _NOT_SET:
            raise AttributeError("%r has no attribute %r" % (target, name))
        if isinstance(target, type):  # keep staticmethod/classmethod wrappers as they were
            old = vars(target).get(name, _NOT_SET)  # type: ignore[arg-type]
        self._attributes.append((target, name, old))  # type: ignore[arg-type]
        setattr(target, name, value)  # type: ignore[arg-type]

    def delattr(self, target: object, name: object = _NOT_SET, raising: bool = True) -> None:
        """`delattr(obj, "name")` or `delattr("module.attr")`."""
        if name is _NOT_SET:
            if not isinstance(target, str):
                raise TypeError("use delattr(target, name) or delattr(target) with target being "
                                "a dotted import string")
            name, target = _attribute_at(target, raising)
        if not hasattr(target, name):  # type: ignore[arg-type]
            if raising:
                raise AttributeError(name)
            return
        old = getattr(target, name, _NOT_SET)  # type: ignore[arg-type]
        if isinstance(target, type):
            old = vars(target).get(name, _NOT_SET)  # type: ignore[arg-type]
        self._attributes.append((target, name, old))  # type: ignore[arg-type]
        delattr(target, name)  # type: ignore[arg-type]

    def setitem(self, mapping: Any, name: object, value: object) -> None:
        self._items.append((mapping, name, mapping.get(name, _NOT_SET)))
        mapping[name] = value

    def delitem(self, mapping: Any, name: object, raising: bool = True) -> None:
        if name not in mapping:
            if raising:
                raise KeyError(name)
            return
        self._items.append((mapping, name, mapping.get(name, _NOT_SET)))
        del mapping[name]

    def setenv(self, name: str, value: object, prepend: Optional[str] = None) -> None:
        """Sets an environment variable (a non-str value is turned into text, as pytest does)."""
        text = str(value)
        if prepend and name in os.environ:
            text = text + prepend + os.environ[name]
        self.setitem(os.environ, name, text)

    def delenv(self, name: str, raising: bool = True) -> None:
        self.delitem(os.environ, name, raising=raising)

    def syspath_prepend(self, path: object) -> None:
        if self._sys_path is None:
            self._sys_path = sys.path[:]
        sys.path.insert(0, str(path))
        import_stdlib("importlib").invalidate_caches()

    def chdir(self, path: object) -> None:
        if self._cwd is None:
            self._cwd = os.getcwd()
        os.chdir(path)  # type: ignore[arg-type]

    def undo(self) -> None:
        """Puts back everything this monkeypatch changed, newest change first."""
        for target, name, old in reversed(self._attributes):
            if old is _NOT_SET:
                try:
                    delattr(target, name)
                except AttributeError:
                    pass
            else:
                setattr(target, name, old)
        self._attributes.clear()
        for mapping, name, old in reversed(self._items):
            if old is _NOT_SET:
                try:
                    del mapping[name]
                except KeyError:
                    pass
            else:
                mapping[name] = old
        self._items.clear()
        if self._sys_path is not None:
            sys.path[:] = self._sys_path
            self._sys_path = None
        if self._cwd is not None:
            os.chdir(self._cwd)
            self._cwd = None


def _attribute_at(dotted: str, raising: bool) -> Tuple[str, object]:
    """("attr", the object it belongs to) for a "package.module.attr" string."""
    if "." not in dotted:
        raise TypeError("must be absolute import path string, not %r" % (dotted,))
    path, attribute = dotted.rsplit(".", 1)
    target = _resolve(path)
    if raising and not hasattr(target, attribute):
        raise AttributeError("%r object at %s has no attribute %r"
                             % (type(target).__name__, path, attribute))
    return attribute, target


def _resolve(dotted: str) -> object:
    """The module or object a dotted name like "os.path" or "two_fer.Greeter" names."""
    importlib = import_stdlib("importlib")
    parts = dotted.split(".")
    used = parts.pop(0)
    found = importlib.import_module(used)
    for part in parts:
        used += "." + part
        if hasattr(found, part):
            found = getattr(found, part)
        else:
            found = importlib.import_module(used)
    return found


class CaptureResult(tuple):
    """What `capsys.readouterr()` returns: `(out, err)`, also as `.out` and `.err`."""

    def __new__(cls, out: str, err: str) -> CaptureResult:
        return tuple.__new__(cls, (out, err))

    @property
    def out(self) -> str:
        return self[0]

    @property
    def err(self) -> str:
        return self[1]

    def __repr__(self) -> str:
        return "CaptureResult(out=%r, err=%r)" % self


class CaptureFixture:
    """pytest's capsys: what the test (and the learner code it ran) printed since the last read."""

    def __init__(self) -> None:
        self._recorder = active_check().recorder
        self._sinks = self._recorder.open_call()

    def __class_getitem__(cls, item: object) -> type:  # `capsys: pytest.CaptureFixture[str]`
        return cls

    def readouterr(self) -> CaptureResult:
        """(out, err) printed so far, and starts collecting afresh."""
        sinks = self._sinks
        self._recorder.close_call(sinks)
        self._sinks = self._recorder.open_call()
        return CaptureResult(sinks[0].text(), sinks[1].text())

    def close(self) -> None:
        self._recorder.close_call(self._sinks)


def _tmp_path() -> Iterator[object]:
    """A new, empty directory (a pathlib.Path) for one test, removed afterwards."""
    directory = _make_temporary_directory()
    try:
        yield import_stdlib("pathlib").Path(directory).resolve()
    finally:
        import_stdlib("shutil").rmtree(directory, ignore_errors=True)


def _make_temporary_directory() -> str:
    """Like tempfile.mkdtemp, which is not imported: it imports `random`, which would then
    hide a learner's own random.py from their code."""
    root = _temporary_root()
    for _ in range(100):
        path = os.path.join(root, "pymastery-tmp-%s" % os.urandom(6).hex())
        try:
            os.mkdir(path, 0o700)
            return path
        except FileExistsError:
            continue
    raise FileExistsError("no free name for a temporary directory in %s" % root)


def _temporary_root() -> str:
    """The system's folder for temporary files, found as tempfile.gettempdir finds it."""
    tempfile = sys.modules.get("tempfile")
    if tempfile is not None:
        return tempfile.gettempdir()
    candidates = [os.environ.get(name) for name in ("TMPDIR", "TEMP", "TMP")]
    if os.name == "nt":
        candidates += [os.path.expandvars(r"%LOCALAPPDATA%\Temp"), r"C:\TEMP", r"C:\TMP"]
    else:
        candidates += ["/tmp", "/var/tmp", "/usr/tmp"]
    for candidate in candidates:
        if candidate and os.path.isdir(candidate):
            return os.path.abspath(candidate)
    return os.getcwd()


def _capsys() -> Iterator[CaptureFixture]:
    capture = CaptureFixture()
    try:
        yield capture
    finally:
        capture.close()


def _monkeypatch() -> Iterator[MonkeyPatch]:
    patch = MonkeyPatch()
    try:
        yield patch
    finally:
        patch.undo()


BUILTIN_FIXTURES: Dict[str, Callable] = {
    "tmp_path": _tmp_path,
    "capsys": _capsys,
    "monkeypatch": _monkeypatch,
}


# -- setting up and tearing down one test's fixtures -------------------------------------------

class FixtureSet:
    """The fixture values of one test, set up on request and torn down newest first."""

    def __init__(self, namespace: dict) -> None:
        self._defined: Dict[str, FixtureDefinition] = {
            value.name: value for value in list(namespace.values())
            if isinstance(value, FixtureDefinition)
        }
        self._values: Dict[str, object] = {}
        self._being_set_up: List[str] = []
        self._teardowns: List[Tuple[str, Iterator[object]]] = []

    def set_up_autouse(self) -> None:
        for definition in list(self._defined.values()):
            if definition.autouse:
                self.value(definition.name, "autouse")

    def value(self, name: str, requested_by: str) -> object:
        """The value of fixture `name`, setting it up (and what it requests) the first time."""
        if name in self._values:
            return self._values[name]
        if name in self._being_set_up:
            raise CannotRun("the fixtures %s request each other in a loop"
                            % " → ".join(self._being_set_up + [name]))
        function = self._function_of(name, requested_by)
        self._being_set_up.append(name)
        try:
            required = parameters(function)[0]
            arguments = {argument: self.value(argument, "the fixture %r" % name)
                         for argument in required}
            outcome = function(**arguments)
            if hasattr(outcome, "__next__"):
                try:
                    value = next(outcome)
                except StopIteration:
                    raise CannotRun("the fixture %r did not yield a value" % name) from None
                self._teardowns.append((name, outcome))
            else:
                value = outcome
        finally:
            self._being_set_up.pop()
        self._values[name] = value
        return value

    def _function_of(self, name: str, requested_by: str) -> Callable:
        definition = self._defined.get(name)
        if definition is not None:
            if definition.params is not None:
                raise CannotRun("the fixture %r has params=, which the harness does not support"
                                % name)
            return definition.function
        builtin = BUILTIN_FIXTURES.get(name)
        if builtin is None:
            raise CannotRun("%s asks for the fixture %r, which the check file does not define "
                            "and the harness does not provide (it provides %s)"
                            % (requested_by, name, ", ".join(sorted(BUILTIN_FIXTURES))))
        return builtin

    def tear_down(self, quiet: bool = False) -> None:
        """Runs each yield fixture's code after its `yield`; raises the first problem unless
        `quiet` (the test already failed, and that failure is the one to report)."""
        problem: Optional[BaseException] = None
        while self._teardowns:
            name, generator = self._teardowns.pop()
            try:
                next(generator)
            except StopIteration:
                continue
            except BaseException as error:
                problem = problem or error
                continue
            generator.close()
            problem = problem or CannotRun("the fixture %r yields more than once" % name)
        self._values.clear()
        if problem is not None and not quiet:
            raise problem


def call_with_fixtures(function: Callable, name: str, params: Dict[str, object],
                       used_fixtures: Sequence[str] = ()) -> None:
    """Calls a test with its parametrized values and the fixtures it asks for, then tears the
    fixtures down (also when the test fails)."""
    required, optional = parameters(function)
    unknown = [argument for argument in params if argument not in required + optional]
    if unknown:
        raise CannotRun("%s is parametrized with %s, which it does not take as a parameter"
                        % (name, ", ".join(repr(argument) for argument in unknown)))
    fixtures = FixtureSet(getattr(function, "__globals__", {}))
    try:
        fixtures.set_up_autouse()
        for fixture_name in used_fixtures:
            fixtures.value(fixture_name, "@pytest.mark.usefixtures on %s" % name)
        arguments = {argument: params[argument] if argument in params
                     else fixtures.value(argument, name) for argument in required}
        arguments.update({argument: params[argument] for argument in optional
                          if argument in params})
        outcome = function(**arguments)
        if is_generator_or_coroutine(outcome):
            close = getattr(outcome, "close", None)
            if close is not None:
                close()
            raise CannotRun("%s is a generator or coroutine; tests must be plain functions"
                            % name)
    except BaseException:
        fixtures.tear_down(quiet=True)
        raise
    fixtures.tear_down()
