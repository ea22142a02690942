"""A stand-in for the parts of pytest that exercise sets use, so their check files run without it.

Imported only for a check file that imports pytest. Such a check file always gets this stand-in,
even when the learner's interpreter has pytest installed: results must not depend on what the
learner happened to install, and a real pytest's skips, failures and fixtures only work under
pytest's own runner.

Only the check file sees the stand-in. Its module gets its own copy of the builtins whose
`__import__` answers `pytest` with the stand-in; `sys.modules` is never touched, so learner code
that imports pytest gets the installed one (or ImportError), as when it runs on its own.

Supported (see docs/check-api.md): raises, approx, mark.parametrize/skip/skipif/xfail/usefixtures,
param, fixture, skip, fail, xfail, and the fixtures tmp_path, capsys and monkeypatch.
"""
from __future__ import annotations

import builtins
import sys

from ._expect import _type_names
from ._failures import CheckFailed, CheckSkipped, ExpectedFailure, short_repr
from ._pytest_approx import approx
from ._pytest_fixtures import (
    CannotRun,
    CaptureFixture,
    MonkeyPatch,
    call_with_fixtures,
    fixture,
)
from ._session import active_session
from ._stdlib import import_stdlib

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import CodeType, ModuleType, TracebackType
    from typing import Any, Callable, Dict, List, NoReturn, Optional, Sequence, Tuple

# Taken when the check file is compiled, before any learner code runs.
_BUILTINS = dict(vars(builtins))
_real_import = builtins.__import__
_module_type = type(sys)


# -- installing the stand-in -------------------------------------------------------------------

def check_module_builtins() -> dict:
    """Builtins for one check module, in which `import pytest` gives a fresh stand-in."""
    stand_in = make_stand_in()

    def import_for_check_file(name: str, globals: object = None, locals: object = None,
                              fromlist: Sequence[str] = (), level: int = 0) -> ModuleType:
        if level == 0 and name == "pytest":
            return stand_in
        return _real_import(name, globals, locals, fromlist, level)

    namespace = dict(_BUILTINS)
    namespace["__import__"] = import_for_check_file
    return namespace


def make_stand_in() -> ModuleType:
    """The `pytest` module a check file imports."""
    module = _module_type("pytest", "The harness's stand-in for pytest (see docs/check-api.md).")
    vars(module).update({
        "raises": raises,
        "approx": approx,
        "mark": MarkGenerator(),
        "param": param,
        "fixture": fixture,
        "skip": skip,
        "fail": fail,
        "xfail": xfail,
        "ExceptionInfo": ExceptionInfo,
        "MonkeyPatch": MonkeyPatch,
        "CaptureFixture": CaptureFixture,
        "__getattr__": _unsupported,
    })
    return module


def _unsupported(name: str) -> NoReturn:
    raise AttributeError("the check harness's stand-in for pytest has no %r; it supports raises, "
                         "approx, mark (parametrize, skip, skipif, xfail, usefixtures), param, "
                         "fixture, skip, fail and xfail" % name)


# -- outcomes a test can ask for ---------------------------------------------------------------

def skip(reason: str = "", *, allow_module_level: bool = False, msg: Optional[str] = None
         ) -> NoReturn:
    """pytest.skip: ends the test as skipped."""
    raise CheckSkipped(msg if msg is not None else reason)


def fail(reason: str = "", pytrace: bool = True, msg: Optional[str] = None) -> NoReturn:
    """pytest.fail: ends the test as failed, with `reason` as the message."""
    raise CheckFailed(msg if msg is not None else reason)


def xfail(reason: str = "") -> NoReturn:
    """pytest.xfail: ends the test as an expected failure (it passes, with a note)."""
    raise ExpectedFailure("expected to fail: %s" % reason if reason else "expected to fail")


# -- pytest.raises -----------------------------------------------------------------------------

_NOTHING = object()


def _is_exception_type(value: object) -> bool:
    return isinstance(value, type) and issubclass(value, BaseException)


class ExceptionInfo:
    """What `pytest.raises` caught: `.value`, `.type`, `.tb`, `.typename`, `.match(pattern)`."""

    def __init__(self) -> None:
        self._value: Optional[BaseException] = None

    def _caught(self) -> BaseException:
        if self._value is None:
            raise AssertionError(".value can only be used after the context manager exits")
        return self._value

    @property
    def value(self) -> BaseException:
        return self._caught()

    @property
    def type(self) -> type:
        return type(self._caught())

    @property
    def typename(self) -> str:
        return type(self._caught()).__name__

    @property
    def tb(self) -> Optional[TracebackType]:
        return self._caught().__traceback__

    def errisinstance(self, exc: object) -> bool:
        return isinstance(self._caught(), exc)  # type: ignore[arg-type]

    def match(self, regexp: object) -> bool:
        """Passes when `regexp` is found (re.search) in str(value); fails the check otherwise."""
        _check_match(self._caught(), regexp, at=None)
        return True

    def __repr__(self) -> str:
        if self._value is None:
            return "<ExceptionInfo for raises contextmanager>"
        return "<ExceptionInfo %s>" % short_repr(self._value)


def _check_match(error: BaseException, pattern: object, at: object) -> None:
    text = str(error)
    if import_stdlib("re").search(pattern, text):
        return
    message = "Regex pattern did not match.\n  Expected regex: %r\n  Actual message: %r" % (
        pattern, text)
    if pattern == text:
        message += "\n  Did you mean to `re.escape()` the regex?"
    from ._locations import exception_location

    raise CheckFailed(message, expected=short_repr(pattern), actual=short_repr(text),
                      location=exception_location(active_session().workspace, error), at=at)


class RaisesContext:
    """`with pytest.raises(...)`: passes when the block raises the exception, else fails.

    While the block runs, a profile hook notes the first learner function it calls, so that
    "DID NOT RAISE" can point at the function under test.
    """

    def __init__(self, expected: object, match: object, target: object = None) -> None:
        self.expected = expected
        self.match = match
        self.target = target
        self.returned: object = _NOTHING
        self.info = ExceptionInfo()
        self._owns: Optional[Callable] = None
        self._first_learner_code: Optional[CodeType] = None
        self._previous_profiler: object = None

    def __enter__(self) -> ExceptionInfo:
        self._owns = active_session().workspace.owns
        self._previous_profiler = sys.getprofile()
        sys.setprofile(self._note_learner_call)
        return self.info

    def _note_learner_call(self, frame: Any, event: str, arg: object) -> None:
        if event != "call" or self._first_learner_code is not None:
            return
        code = frame.f_code
        if code.co_name != "<module>" and self._owns(code.co_filename):  # type: ignore[misc]
            self._first_learner_code = code

    def __exit__(self, kind: Optional[type], error: Optional[BaseException],
                 tb: object) -> bool:
        sys.setprofile(self._previous_profiler)  # type: ignore[arg-type]
        at = self._function_under_test()
        if error is None:
            actual = ("no exception" if self.returned is _NOTHING
                      else "returned %s" % short_repr(self.returned))
            raise CheckFailed("DID NOT RAISE %s" % _type_names(self.expected),
                              expected=_type_names(self.expected), actual=actual, at=at)
        if not isinstance(error, self.expected):  # type: ignore[arg-type]
            return False  # a different exception goes on, as in pytest
        if self.match is not None:
            _check_match(error, self.match, at)
        self.info._value = error
        return True

    def _function_under_test(self) -> object:
        """The learner function to point at: the first one the block called, else the callable
        given to `raises`."""
        if self._first_learner_code is not None:
            return _Definition(self._first_learner_code)
        return self.target


class _Definition:
    """Stands for a function known only by its code object (what a location needs)."""

    __slots__ = ("__code__",)

    def __init__(self, code: CodeType) -> None:
        self.__code__ = code


def raises(expected_exception: object, *args: Any, **kwargs: Any) -> Any:
    """pytest.raises: `with raises(Exc, match=...) as info:` or `raises(Exc, fn, *args, **kw)`."""
    if not (_is_exception_type(expected_exception) or (
            isinstance(expected_exception, tuple) and expected_exception
            and all(_is_exception_type(t) for t in expected_exception))):
        raise TypeError("expected exception must be a BaseException type, not %s"
                        % type(expected_exception).__name__)
    if not args:
        match = kwargs.pop("match", None)
        if kwargs:
            raise TypeError("unexpected keyword arguments passed to pytest.raises: %s"
                            % ", ".join(sorted(kwargs)))
        return RaisesContext(expected_exception, match)
    function = args[0]
    if not callable(function):
        raise TypeError("%r object (type: %s) must be callable" % (function, type(function)))
    context = RaisesContext(expected_exception, None, target=function)
    with context as info:
        context.returned = function(*args[1:], **kwargs)
    return info


# -- marks and parameters ----------------------------------------------------------------------

class Mark:
    """One mark on a test: a name and the arguments it was given."""

    __slots__ = ("name", "args", "kwargs")

    def __init__(self, name: str, args: tuple, kwargs: dict) -> None:
        self.name = name
        self.args = args
        self.kwargs = kwargs

    def __repr__(self) -> str:
        return "Mark(name=%r, args=%r, kwargs=%r)" % (self.name, self.args, self.kwargs)


class MarkDecorator:
    """`pytest.mark.<name>`: called with arguments it makes a new mark, applied to a function
    it stores the mark on it (in `pytestmark`, as pytest does)."""

    def __init__(self, mark: Mark) -> None:
        self.mark = mark

    @property
    def name(self) -> str:
        return self.mark.name

    @property
    def args(self) -> tuple:
        return self.mark.args

    @property
    def kwargs(self) -> dict:
        return self.mark.kwargs

    def with_args(self, *args: Any, **kwargs: Any) -> MarkDecorator:
        return MarkDecorator(Mark(self.mark.name, self.mark.args + args,
                                  dict(self.mark.kwargs, **kwargs)))

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if len(args) == 1 and not kwargs and _is_decoratable(args[0]):
            target = args[0]
            target.pytestmark = marks_of(target) + [self.mark]
            return target
        return self.with_args(*args, **kwargs)

    def __repr__(self) -> str:
        return "<MarkDecorator %r>" % (self.mark,)


def _is_decoratable(value: object) -> bool:
    return callable(value) and getattr(value, "__name__", "<lambda>") != "<lambda>"


class MarkGenerator:
    """`pytest.mark`: any attribute is a mark; parametrize, skip, skipif, xfail and usefixtures
    change how the test runs, others are kept and ignored."""

    def __getattr__(self, name: str) -> MarkDecorator:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in ("parameterize", "parametrise", "parameterise"):
            raise AttributeError("Unknown '%s' mark, did you mean 'parametrize'?" % name)
        return MarkDecorator(Mark(name, (), {}))


class ParameterSet:
    """`pytest.param(*values, marks=..., id=...)`: one case of a parametrize list."""

    __slots__ = ("values", "marks", "id")

    def __init__(self, values: tuple, marks: List[Mark], id: Optional[str]) -> None:
        self.values = values
        self.marks = marks
        self.id = id


def param(*values: object, marks: object = (), id: Optional[str] = None) -> ParameterSet:
    if isinstance(marks, (MarkDecorator, Mark)):
        marks = (marks,)
    return ParameterSet(values, [_as_mark(m) for m in marks], id)  # type: ignore[union-attr]


def _as_mark(value: object) -> Mark:
    if isinstance(value, MarkDecorator):
        return value.mark
    if isinstance(value, Mark):
        return value
    raise TypeError("got %r instead of a pytest mark" % (value,))


def marks_of(target: object) -> List[Mark]:
    """The marks stored on a function, oldest (innermost decorator) first."""
    stored = getattr(target, "pytestmark", [])
    if not isinstance(stored, list):
        stored = [stored]
    return [_as_mark(m) for m in stored if isinstance(m, (Mark, MarkDecorator))]


class Case:
    """One run of a test: its id (None without parametrize), arguments and extra marks."""

    __slots__ = ("id", "params", "marks")

    def __init__(self, id: Optional[str], params: Dict[str, object], marks: List[Mark]) -> None:
        self.id = id
        self.params = params
        self.marks = marks

    def combined(self, other: Case) -> Case:
        """This case followed by one of the next parametrize decorator's."""
        for name in other.params:
            if name in self.params:
                raise CannotRun("duplicate parametrization of %r" % name)
        ids = [part for part in (self.id, other.id) if part is not None]
        return Case("-".join(ids) if ids else None, dict(self.params, **other.params),
                    self.marks + other.marks)


def test_cases(function: object) -> List[Case]:
    """The cases of a test: the cross product of its parametrize marks, innermost first."""
    cases = [Case(None, {}, [])]
    for mark in marks_of(function):
        if mark.name == "parametrize":
            new_cases = _parametrize_cases(mark, function)
            cases = [case.combined(new) for case in cases for new in new_cases]
    return cases


def case_ids(function: object) -> List[Optional[str]]:
    """The ids of a test's cases, for naming its checks; a broken parametrize gives one case,
    which reports the problem when it runs."""
    try:
        return [case.id for case in test_cases(function)]
    except Exception:
        return [None]


def _parametrize_arguments(mark: Mark) -> Tuple[object, object, object]:
    arguments = dict(zip(("argnames", "argvalues"), mark.args))
    arguments.update(mark.kwargs)
    if "argnames" not in arguments or "argvalues" not in arguments:
        raise CannotRun("parametrize needs argnames and argvalues")
    if arguments.get("indirect"):
        raise CannotRun("parametrize with indirect= is not supported by the harness")
    return arguments["argnames"], arguments["argvalues"], arguments.get("ids")


def _parametrize_cases(mark: Mark, function: object) -> List[Case]:
    argnames, argvalues, ids = _parametrize_arguments(mark)
    if isinstance(argnames, str):
        names = [name.strip() for name in argnames.split(",") if name.strip()]
        single = len(names) == 1  # plain values, not one-item tuples
    else:
        names, single = list(argnames), False  # type: ignore[call-overload]
    sets = [_parameter_set(value, names, single, function) for value in argvalues]  # type: ignore
    if not sets:
        reason = "got empty parameter set %r, function %s" % (
            names, getattr(function, "__name__", "?"))
        return [Case("NOTSET", {},
                     [Mark("skip", (), {"reason": reason})])]
    return [Case(case_id, dict(zip(names, parameter_set.values)), parameter_set.marks)
            for case_id, parameter_set in zip(_ids(names, sets, ids), sets)]


def _parameter_set(value: object, names: List[str], single: bool,
                   function: object) -> ParameterSet:
    if isinstance(value, ParameterSet):
        parameter_set = value
    elif single:
        parameter_set = ParameterSet((value,), [], None)
    else:
        parameter_set = ParameterSet(tuple(value), [], None)  # type: ignore[call-overload]
    if len(parameter_set.values) != len(names):
        raise CannotRun("%s: in parametrize, %r has %d values but there are %d names (%s)" % (
            getattr(function, "__name__", "?"), parameter_set.values,
            len(parameter_set.values), len(names), ", ".join(names)))
    return parameter_set


# -- case ids, as pytest makes them ------------------------------------------------------------

_NON_PRINTABLE = {i: "\\x%02x" % i for i in range(128) if i not in range(32, 127)}
_NON_PRINTABLE.update({ord("\t"): "\\t", ord("\r"): "\\r", ord("\n"): "\\n"})


def _ascii_escaped(value: object) -> str:
    if isinstance(value, bytes):
        text = value.decode("ascii", "backslashreplace")
    else:
        text = value.encode("unicode_escape").decode("ascii")  # type: ignore[attr-defined]
    return text.translate(_NON_PRINTABLE)


def _id_from_value(value: object) -> Optional[str]:
    """A value's id when pytest gives it one of its own (numbers, text, names), else None."""
    if isinstance(value, (str, bytes)):
        return _ascii_escaped(value)
    if value is None or isinstance(value, (float, int, bool, complex)):
        return str(value)
    pattern_type = getattr(sys.modules.get("re"), "Pattern", None)
    if pattern_type is not None and isinstance(value, pattern_type):
        return _ascii_escaped(value.pattern)  # type: ignore[attr-defined]
    enum = sys.modules.get("enum")
    if enum is not None and isinstance(value, enum.Enum):
        return str(value)
    name = getattr(value, "__name__", None)
    return name if isinstance(name, str) else None


def _id_of_value(value: object, argname: str, index: int, id_function: object) -> str:
    if callable(id_function):
        chosen = id_function(value)
        if chosen is not None:
            found = _id_from_value(chosen)
            if found is not None:
                return found
    found = _id_from_value(value)
    return found if found is not None else "%s%d" % (argname, index)


def _ids(names: List[str], sets: List[ParameterSet], ids: object) -> List[str]:
    """The ids of one parametrize decorator's cases, made unique as pytest 8 does."""
    listed = list(ids) if ids is not None and not callable(ids) else []  # type: ignore
    resolved = []
    for index, parameter_set in enumerate(sets):
        if parameter_set.id is not None:
            resolved.append(str(parameter_set.id))
        elif index < len(listed) and listed[index] is not None:
            found = _id_from_value(listed[index])
            if found is None:
                raise CannotRun("ids contains unsupported value %r at index %d"
                                % (listed[index], index))
            resolved.append(found)
        else:
            resolved.append("-".join(
                _id_of_value(value, name, index, ids)
                for name, value in zip(names, parameter_set.values)))
    return _unique(resolved)


def _unique(ids: List[str]) -> List[str]:
    counts: Dict[str, int] = {}
    for case_id in ids:
        counts[case_id] = counts.get(case_id, 0) + 1
    if all(count == 1 for count in counts.values()):
        return ids
    suffixes: Dict[str, int] = {}
    unique = list(ids)
    for index, case_id in enumerate(ids):
        if counts[case_id] == 1:
            continue
        separator = "_" if case_id and case_id[-1].isdigit() else ""
        suffix = suffixes.get(case_id, 0)
        while "%s%s%d" % (case_id, separator, suffix) in unique:
            suffix += 1
        unique[index] = "%s%s%d" % (case_id, separator, suffix)
        suffixes[case_id] = suffix + 1
    return unique


# -- running one case --------------------------------------------------------------------------

def _condition_holds(condition: object, function: object) -> bool:
    """A skipif/xfail condition: a value, or a string evaluated as pytest does."""
    if not isinstance(condition, str):
        return bool(condition)
    namespace = dict(getattr(function, "__globals__", {}))
    namespace.update({"os": sys.modules["os"], "sys": sys})
    if "platform" in condition:
        namespace["platform"] = import_stdlib("platform")
    try:
        return bool(eval(condition, namespace))
    except Exception as error:
        raise CannotRun("the condition %r could not be evaluated: %s: %s"
                        % (condition, type(error).__name__, error)) from None


def _reason(mark: Mark, conditions: Sequence[object], default: str) -> str:
    reason = mark.kwargs.get("reason")
    if reason:
        return str(reason)
    for condition in conditions:
        if isinstance(condition, str):
            return "condition: %s" % condition
    return default


def _conditions(mark: Mark) -> Tuple[object, ...]:
    if "condition" in mark.kwargs:
        return (mark.kwargs["condition"],)
    return mark.args


def skip_reason(marks: Sequence[Mark], function: object) -> Optional[str]:
    """Why a case is skipped by a skip/skipif mark, or None if it runs."""
    for mark in marks:
        if mark.name == "skip":
            reason = mark.args[0] if mark.args else mark.kwargs.get("reason")
            return str(reason) if reason else "unconditional skip"
        if mark.name == "skipif":
            conditions = _conditions(mark)
            if not conditions or any(_condition_holds(c, function) for c in conditions):
                return _reason(mark, conditions, "unconditional skip" if not conditions
                               else "the skip condition was true")
    return None


class XFail:
    """An xfail mark that applies to this case."""

    def __init__(self, mark: Mark, reason: str) -> None:
        self.reason = reason
        self.raises = mark.kwargs.get("raises")
        self.run = mark.kwargs.get("run", True)

    def expects(self, error: BaseException) -> bool:
        return self.raises is None or isinstance(error, self.raises)  # type: ignore[arg-type]

    def described(self) -> str:
        return "expected to fail (%s)" % self.reason if self.reason else "expected to fail"


def active_xfail(marks: Sequence[Mark], function: object) -> Optional[XFail]:
    for mark in marks:
        if mark.name != "xfail":
            continue
        conditions = _conditions(mark)
        if not conditions or any(_condition_holds(c, function) for c in conditions):
            return XFail(mark, _reason(mark, conditions, ""))
    return None


def _failure_text(error: BaseException) -> str:
    if isinstance(error, CheckFailed):
        return error.message
    try:
        detail = str(error)
    except BaseException:
        detail = ""
    if isinstance(error, AssertionError) and detail:
        return detail
    return "%s: %s" % (type(error).__name__, detail) if detail else type(error).__name__


def run_test(function: Callable, name: str, case_index: int) -> None:
    """Runs case `case_index` of a test: marks, parametrized values and fixtures.

    Raises as the check should end: CheckSkipped, ExpectedFailure (passes with a note), the
    test's own failure, or CannotRun when the check file asks for something unsupported.
    """
    cases = test_cases(function)
    if not 0 <= case_index < len(cases):
        raise CannotRun("%s now has %d parametrized cases, fewer than when the checks were "
                        "collected" % (name, len(cases)))
    case = cases[case_index]
    marks = marks_of(function) + case.marks
    reason = skip_reason(marks, function)
    if reason is not None:
        raise CheckSkipped(reason)
    expected_failure = active_xfail(marks, function)
    if expected_failure is not None and not expected_failure.run:
        raise ExpectedFailure("%s; not run" % expected_failure.described())
    used_fixtures = [str(fixture_name) for mark in marks if mark.name == "usefixtures"
                     for fixture_name in mark.args]
    try:
        call_with_fixtures(function, name, case.params, used_fixtures)
    except (CheckSkipped, ExpectedFailure, CannotRun):
        raise
    except BaseException as error:
        if expected_failure is None or not expected_failure.expects(error):
            raise
        raise ExpectedFailure("%s, and it did: %s" % (expected_failure.described(),
                                                       _failure_text(error))) from None
    if expected_failure is not None:
        raise CheckFailed("the test is marked as %s, but it passed"
                          % expected_failure.described())
