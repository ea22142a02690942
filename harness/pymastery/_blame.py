"""When a check stops outside the learner's code but because of it: what to tell the learner.

No line of learner code raised, yet the learner's code is the cause when:

- the check caught an error of the learner's code (a name missing from their file, an exception
  their code raised) and raised its own instead;
- the check called a learner function with arguments its `def` line does not accept (Python
  raises the TypeError at the call, before any line of the function runs);
- a special method of a learner class (`__str__`, `__bool__`, …) returned the wrong kind of value;
- the check used a name the learner's module, class or object does not have;
- the check tripped over the value that the learner function it called last returned (None from
  an unfinished function, typically).

Every message says only what the harness saw happen. Imported only when a check has failed.
"""
from __future__ import annotations

import os
import sys

from ._callsites import BOUND_METHOD_TYPE, BUILTIN_LEN, is_learner_class, unfinished_call_on_line
from ._failures import MESSAGE_REPR_LIMIT, short_repr
from ._stdlib import import_stdlib
from ._workspace import unwrap_callable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import ModuleType
    from typing import Any, Iterator, List, Optional, Tuple

    from ._locations import Location
    from ._session import CheckState, Session

_HARNESS_DIR = os.path.normcase(os.path.dirname(os.path.abspath(__file__))) + os.sep
_module_type = type(sys)
_function_type = type(lambda: None)
_method_type = BOUND_METHOD_TYPE

SIGNATURE_HINT = "Compare your `def` line with how the exercise says `%s` is called."
NONE_RESULT_HINT = ("A function that ends without `return` (or only prints its result) gives back "
                    "None. If `%s` should give back a value, `return` it.")
NO_CALL = object()


class Blame:
    """What to report for a check that the learner's code made stop."""

    __slots__ = ("message", "hint", "location")

    def __init__(self, message: str, hint: Optional[str] = None,
                 location: Optional[Location] = None) -> None:
        self.message = message
        self.hint = hint
        self.location = location


def explain(session: Session, check: CheckState, problem: BaseException, fn: object = NO_CALL,
            args: tuple = ()) -> Optional[Blame]:
    """The learner-facing account of `problem`, an exception raised outside the learner's code,
    when the learner's code caused it; None when nothing shows the learner's code was involved.

    `fn` and `args` are given when `problem` came out of `call(fn, *args)`.
    """
    context = _Context(session, check, problem, fn, args)
    rules = (_wrong_call, _special_method_result, _returned_value) if fn is not NO_CALL else (
        _caught_by_the_check, _wrong_call, _special_method_result, _missing_attribute,
        _returned_value, _likely_learner_value)
    for rule in rules:
        try:
            blame = rule(context)
        except Exception:
            blame = None
        if blame is not None:
            return blame
    return None


# -- what the check saw ------------------------------------------------------------------------

class _Context:
    """The failed check's problem, and the learner objects and definitions around it."""

    def __init__(self, session: Session, check: CheckState, problem: BaseException,
                 fn: object, args: tuple) -> None:
        self.session = session
        self.workspace = session.workspace
        self.check = check
        self.problem = problem
        self.text = _safe_str(problem)
        self.re = import_stdlib("re")
        self.fn = fn
        self.args = args
        self._modules: Optional[List[ModuleType]] = None
        self._definitions: Optional[List[object]] = None
        self._frame_values: Optional[List[object]] = None

    def is_learner_class(self, cls: object) -> bool:
        return _is_class(cls) and is_learner_class(self.workspace, self.check, cls)  # type: ignore

    def is_learner_function(self, fn: object) -> bool:
        return type(fn) is _function_type and self.workspace.owns(fn.__code__.co_filename)

    def learner_modules(self) -> List[ModuleType]:
        """The learner's modules the check had loaded (as the check stopped)."""
        if self._modules is None:
            owns_module = self.workspace.owns_module
            found = list(self.check.learner_modules) or [
                m for m in list(sys.modules.values()) if owns_module(m)]
            found += [v for v in self.frame_values()
                      if type(v) is _module_type and owns_module(v)]
            self._modules = _unique(found)
        return self._modules

    def definitions(self) -> List[object]:
        """Top-level functions and classes of the learner's modules, and the classes' methods."""
        if self._definitions is None:
            found: List[object] = []
            for module in self.learner_modules():
                for value in list(vars(module).values()):
                    if self.is_learner_function(value):
                        found.append(value)
                    elif self.is_learner_class(value):
                        found.append(value)
                        found.extend(self.methods(value))
            self._definitions = _unique(found)
        return self._definitions

    def methods(self, cls: type) -> List[object]:
        found = []
        for member in list(vars(cls).values()):
            if type(member) in (staticmethod, classmethod):
                member = member.__func__
            if self.is_learner_function(member):
                found.append(member)
        return found

    def frame_values(self) -> List[object]:
        """Local values of the frames the problem passed through, outside the harness."""
        if self._frame_values is None:
            values: List[object] = []
            tb = self.problem.__traceback__
            while tb is not None:
                frame = tb.tb_frame
                filename = os.path.normcase(os.path.abspath(frame.f_code.co_filename))
                if not filename.startswith(_HARNESS_DIR):
                    values.extend(list(frame.f_locals.values()))
                tb = tb.tb_next
            self._frame_values = values
        return self._frame_values

    def failing_call(self) -> object:
        """The callee of the call in the check file that raised the problem, when known."""
        line = None
        tb = self.problem.__traceback__
        while tb is not None:
            if tb.tb_frame.f_globals.get("__name__") == "__check__":
                line = tb.tb_lineno
            tb = tb.tb_next
        if line is None:
            return None
        found = unfinished_call_on_line(self.check, line)
        return found[0] if found is not None else None

    def check_frame_globals(self) -> Iterator[dict]:
        """The globals of the frames the problem passed through in the check file."""
        tb = self.problem.__traceback__
        while tb is not None:
            name = tb.tb_frame.f_globals.get("__name__")
            if name == "__check__":
                yield tb.tb_frame.f_globals
            tb = tb.tb_next

    def location(self, target: object) -> Optional[Location]:
        from ._locations import definition_location

        return definition_location(self.workspace, target)

    def exception_text(self) -> str:
        name = type(self.problem).__name__
        return "%s: %s" % (name, self.text) if self.text else name


def _is_class(value: object) -> bool:
    """isinstance(value, type), without asking the object (a learner `__class__` could run)."""
    return issubclass(type(value), type)


def _method_self(value: object) -> object:
    """The object a bound method is bound to; anything else as it is."""
    return value.__self__ if type(value) is _method_type else value  # type: ignore[attr-defined]


def _unique(items: list) -> list:
    seen = set()
    kept = []
    for item in items:
        if id(item) not in seen:
            seen.add(id(item))
            kept.append(item)
    return kept


def _safe_str(error: BaseException) -> str:
    try:
        return str(error)
    except BaseException:
        return ""


def shown_name(target: object) -> str:
    """How a learner callable is written in a message: `two_fer()`, `Counter.increment()`."""
    if _is_class(target):
        return "%s()" % target.__qualname__  # type: ignore[attr-defined]
    if type(target) is _method_type:
        target = target.__func__  # type: ignore[attr-defined]
    function = unwrap_callable(target)
    name = getattr(function, "__qualname__", None) or getattr(function, "__name__", "?")
    return "%s()" % name


def _bare_name(target: object) -> str:
    return shown_name(target)[:-2].replace(".<locals>", "")


def _a(noun: str) -> str:
    return ("an %s" if noun[:1].lower() in "aeiou" else "a %s") % noun


_SIMPLE_TYPES = (type(None), bool, int, float, complex, str, bytes)


def describe_value(value: object) -> str:
    """A value as a message shows it; never runs learner code (no learner `__repr__`)."""
    kind = type(value)
    if kind in _SIMPLE_TYPES:
        return short_repr(value, MESSAGE_REPR_LIMIT // 2)
    if kind in (list, tuple, dict, set, frozenset):
        items = list(value.items()) if kind is dict else list(value)  # type: ignore[attr-defined]
        flat = [part for item in items[:20]
                for part in (item if kind is dict else (item,))]
        if len(items) <= 20 and all(type(part) in _SIMPLE_TYPES for part in flat):
            return short_repr(value, MESSAGE_REPR_LIMIT // 2)
        return "%s with %d item%s" % (_a(kind.__name__), len(items), "" if len(items) == 1 else "s")
    return "%s object" % _a("`%s`" % kind.__name__)


# -- the check caught the learner's error and raised its own -------------------------------------

def is_missing_learner_import(session: Session, error: BaseException) -> bool:
    """An import that failed because the learner's file, or a name in it, is missing."""
    if not isinstance(error, ImportError):
        return False
    if session.workspace.owns(getattr(error, "path", None)):
        return True
    if isinstance(error, ModuleNotFoundError) and error.name:
        return error.name.partition(".")[0] in _target_stems(session)
    return False


def _target_stems(session: Session) -> dict:
    return {os.path.splitext(os.path.basename(t))[0]: t for t in session.targets}


def describe_missing_import(session: Session, error: ImportError) -> tuple:
    """(message, hint, location) for an import of the learner's code that found nothing."""
    from ._locations import Location

    workspace = session.workspace
    text = _safe_str(error)
    path = getattr(error, "path", None)
    if workspace.owns(path):
        relative = workspace.relative(path)  # type: ignore[arg-type]
        match = import_stdlib("re").match(r"cannot import name '([^']+)' from '", text)
        if match and "circular import" not in text:
            name = match.group(1)
            return ("Your file %s has no `%s`" % (relative, name),
                    "The check imports `%s` from %s: define it there, at the top level of the "
                    "file, spelled exactly like that." % (name, relative),
                    Location(relative, 1, 0))
        return ("your code is missing something the check imports: %s: %s"
                % (type(error).__name__, text), None, Location(relative, 1, 0))
    name = (getattr(error, "name", None) or "").partition(".")[0]
    target = _target_stems(session).get(name)
    if target is not None and not os.path.exists(workspace.resolve(target)):
        return ("%s is not in your workspace" % target,
                "Create the file %s in your workspace folder." % target, None)
    return ("your code is missing something the check imports: %s: %s"
            % (type(error).__name__, text), None, None)


def _caught_by_the_check(context: _Context) -> Optional[Blame]:
    """The check raised its own exception while handling one from the learner's code."""
    from ._learner import describe_learner_exception
    from ._locations import exception_location

    seen = {id(context.problem)}
    error = context.problem
    while True:
        inner = error.__cause__ if error.__cause__ is not None else error.__context__
        if inner is None or id(inner) in seen:
            return None
        seen.add(id(inner))
        error = inner
        if is_missing_learner_import(context.session, error):
            message, hint, location = describe_missing_import(context.session, error)
            return Blame(message, hint, location)
        location = exception_location(context.workspace, error)
        if location is not None:
            workspace = context.workspace
            message, hint = describe_learner_exception(error, None, workspace.owns,
                                                       workspace.relative)
            return Blame("%s (the check then stopped with %s)"
                         % (message, context.exception_text()), hint, location)


# -- the check called a learner function with arguments its def line does not take --------------

_CALL_PROBLEMS = (
    ("no arguments", r"takes no arguments$"),
    ("takes", r"takes (?P<takes>from \d+ to \d+|\d+) positional (?P<word>arguments?) but "
              r"(?P<given>.+?) (?:was|were) given$"),
    ("missing", r"missing (?P<count>\d+) required (?P<kind>positional|keyword-only) "
                r"(?P<word>arguments?): (?P<names>.+)$"),
    ("unexpected", r"got an unexpected keyword argument '(?P<names>[^']+)'(?:\. .*)?$"),
    ("multiple", r"got multiple values for argument '(?P<names>[^']+)'$"),
    ("positional-only", r"got some positional-only arguments passed as keyword arguments: "
                        r"(?P<names>.+)$"),
)


def _wrong_call(context: _Context) -> Optional[Blame]:
    """`two_fer() takes 0 positional arguments but 1 was given`, raised at the check's call."""
    if type(context.problem) is not TypeError:
        return None
    re = context.re
    head = re.match(r"^(?P<name>[\w.<>]+)\(\) (?P<rest>.*)$", context.text, re.S)
    if head is None:
        return None
    name = head.group("name")
    for kind, pattern in _CALL_PROBLEMS:
        details = re.match(pattern, head.group("rest"), re.S)
        if details is not None:
            break
    else:
        return None
    target = _callable_named(context, name, kind == "no arguments")
    if target is None:
        return None
    shown = shown_name(target)
    values = details.groupdict()
    if kind == "no arguments":
        message = ("`%s` takes no arguments, but the check passed some: give the class an "
                   "`__init__` method with the parameters the check uses" % shown)
    elif kind == "takes":
        message = ("`%s` takes %s positional %s%s but the check called it with %s: check the "
                   "parameters in your `def` line" % (shown, values["takes"], values["word"],
                                                       _self_note(target), values["given"]))
    elif kind == "missing":
        message = ("the check called `%s` without the %s %s %s, which your `def` line requires: "
                   "check the parameters in your `def` line"
                   % (shown, values["kind"], values["word"], values["names"]))
    elif kind == "unexpected":
        message = ("the check called `%s` with the keyword argument '%s', which your `def` line "
                   "does not have: check the parameter names in your `def` line"
                   % (shown, values["names"]))
    elif kind == "multiple":
        message = ("the check called `%s` with two values for '%s' (one by position, one by "
                   "name): check the order of the parameters in your `def` line"
                   % (shown, values["names"]))
    else:
        message = ("the check passed %s to `%s` by name, but your `def` line makes them "
                   "positional-only: check the parameters in your `def` line"
                   % (values["names"], shown))
    called = _bare_name(target)
    if called.endswith((".__init__", ".__new__")):
        called = called.rpartition(".")[0]
    return Blame(message, SIGNATURE_HINT % called, context.location(target))


def _self_note(target: object) -> str:
    code = getattr(target, "__code__", None)
    if code is None or "." not in getattr(target, "__qualname__", ""):
        return ""
    first = code.co_varnames[:1]
    return " (counting `%s`)" % first[0] if first in (("self",), ("cls",)) else ""


def _callable_named(context: _Context, name: str, classes_only: bool) -> object:
    """The learner function (or class) a call error names, if exactly one fits."""
    qualified = "." in name or sys.version_info >= (3, 10)

    def forms(candidate: object) -> List[object]:
        if context.is_learner_class(candidate):
            if classes_only:
                return [candidate]
            return [f for f in (vars(klass).get(special) for klass in candidate.__mro__
                                for special in ("__init__", "__new__"))
                    if context.is_learner_function(f)]
        if type(candidate) is _method_type:
            candidate = candidate.__func__  # type: ignore[attr-defined]
        return [candidate] if not classes_only and context.is_learner_function(candidate) else []

    def fits(form: object) -> bool:
        if _is_class(form):
            return form.__name__ == name
        return form.__qualname__ == name or (not qualified and form.__name__ == name)

    failing = context.failing_call() if context.fn is NO_CALL else None
    if failing is not None and not forms(failing):
        function = failing.__func__ if type(failing) is _method_type else failing
        if (type(function) is _function_type or _is_class(function)) and fits(function):
            return None  # the check's own function of that name was called wrongly
    preferred = [context.fn, context.check.last_target] + [
        started[1] for started in list(context.check.pending_calls.values())]
    for candidate in preferred:
        matches = [form for form in forms(candidate) if fits(form)]
        if matches:
            return matches[0]
    if not qualified and name.startswith("__"):
        return None  # `__init__()` alone could be any class's
    for globals_ in context.check_frame_globals():
        value = globals_.get(name.partition(".")[0])
        if callable(value) and not context.workspace.defines(value):
            return None  # the check file's own function of that name
    matches = _unique([form for candidate in context.definitions()
                       for form in forms(candidate) if fits(form)])
    return matches[0] if len(matches) == 1 else None


# -- a special method returned the wrong kind of value -------------------------------------------

_SPECIAL_RESULTS = (
    # (pattern, method when the pattern does not name it, what the method must return,
    #  whether the object must be known: the message alone also fits other mistakes)
    (r"^(?P<method>__str__|__repr__) returned non-string \(type (?P<type>\w+)\)$", None,
     "a str", False),
    (r"^(?P<method>__format__) must return a str, not (?P<type>\w+)$", None, "a str", False),
    (r"^(?P<method>__bool__) should return bool, returned (?P<type>\w+)$", None,
     "True or False", False),
    (r"^(?P<method>__init__)\(\) should return None, not '(?P<type>\w+)'$", None, "None", False),
    (r"^iter\(\) returned non-iterator of type '(?P<type>\w+)'$", "__iter__", "an iterator",
     False),
    (r"^(?P<method>__index__|__int__) returned non-int \(type (?P<type>\w+)\)$", None, "an int",
     False),
    (r"^(?P<method>__float__) returned non-float \(type (?P<type>\w+)\)$", None, "a float",
     False),
    (r"^(?P<method>__hash__) method should return an integer$", None, "an int", False),
    (r"^'(?P<type>\w+)' object cannot be interpreted as an integer$", "__len__", "an int", True),
)


def _special_method_result(context: _Context) -> Optional[Blame]:
    """`__str__ returned non-string (type NoneType)`: which learner method, and what it gave."""
    if type(context.problem) is not TypeError:
        return None
    for pattern, method, expected, needs_object in _SPECIAL_RESULTS:
        match = context.re.match(pattern, context.text)
        if match is not None:
            break
    else:
        return None
    values = match.groupdict()
    method = values.get("method") or method
    if needs_object:
        # the message fits other mistakes too: only when the call that raised was len()
        failing = context.fn if context.fn is not NO_CALL else context.failing_call()
        if failing is not BUILTIN_LEN:
            return None
        objects = list(context.args) if context.fn is not NO_CALL else context.frame_values()
    else:
        objects = _objects_around(context)
    found = _unique([f for f in (_special_method(context, o, method) for o in objects) if f])
    if not found:
        found = _unique([f for f in (_special_method(context, c, method)
                                     for c in context.definitions() if _is_class(c)) if f])
    if len(found) != 1:
        return None
    function = found[0]
    returned = values.get("type")
    qualified = getattr(function, "__qualname__", method)
    if returned is None:
        message = "`%s` did not return %s (%s)" % (qualified, expected, context.exception_text())
    else:
        message = "`%s` returned %s, but `%s` must return %s (%s)" % (
            qualified, "None" if returned == "NoneType" else _a(returned), method, expected,
            context.exception_text())
    if returned == "NoneType" and expected == "a str":
        hint = ("A method that ends without `return` gives back None. Make `%s` return the text "
                "(`return ...`) instead of printing it." % method)
    else:
        hint = "Make `%s` return %s." % (qualified, expected)
    return Blame(message, hint, context.location(function))


def _objects_around(context: _Context) -> List[object]:
    """Learner objects (and classes) the failing code had at hand, closest first."""
    check = context.check
    objects: List[object] = []
    if context.fn is not NO_CALL:
        objects.append(context.fn)
        objects.extend(context.args)
    if check.last_result is not None:
        objects.append(check.last_result[2])
    if check.last_target is not None:
        objects.append(_method_self(check.last_target))
    objects.extend(context.frame_values())
    return objects


def _special_method(context: _Context, candidate: object, method: str) -> object:
    """The learner's `method` that `candidate` (an object, or a class being called) uses."""
    cls = candidate if context.is_learner_class(candidate) else type(candidate)
    if not context.is_learner_class(cls):
        return None
    for klass in cls.__mro__:
        member = vars(klass).get(method)
        if member is not None:
            return member if context.is_learner_function(member) else None
    return None


# -- the check used a name the learner's module, class or object lacks ----------------------------

def _missing_attribute(context: _Context) -> Optional[Blame]:
    """`module 'two_fer' has no attribute 'two_fer'`, `'Greeting' object has no attribute …`."""
    from ._locations import Location

    problem = context.problem
    if type(problem) is not AttributeError:
        return None
    re = context.re
    name = getattr(problem, "name", None)
    holder = getattr(problem, "obj", None) if name is not None else None
    module_match = re.match(r"^module '([\w.]+)' has no attribute '(\w+)'", context.text)
    object_match = re.match(r"^'(\w+)' object has no attribute '(\w+)'", context.text)
    class_match = re.match(r"^type object '(\w+)' has no attribute '(\w+)'", context.text)
    if module_match is not None:
        name = name or module_match.group(2)
        module = holder if type(holder) is _module_type else None
        path = _module_path(context, module, module_match.group(1))
        if path is None:
            return None
        return Blame("Your file %s has no `%s`" % (path, name),
                     "The check uses `%s` from %s: define it there, at the top level of the "
                     "file, spelled exactly like that." % (name, path), Location(path, 1, 0))
    match = object_match or class_match
    if match is None:
        return None
    name = name or match.group(2)
    if holder is not None:
        cls = holder if class_match is not None else type(holder)
        if not context.is_learner_class(cls):
            return None
    else:
        cls = _learner_class_named(context, match.group(1))
        if cls is None:
            return None
    if class_match is not None:
        message = "your class `%s` has no attribute `%s`, which the check uses" % (
            cls.__name__, name)
    else:
        message = "a `%s` object has no attribute `%s`, which the check uses" % (
            cls.__name__, name)
    hint = ("Give `%s` a `%s` (a method, or an attribute that `__init__` sets with "
            "`self.%s = ...`), spelled exactly like that." % (cls.__name__, name, name))
    return Blame(message, hint, context.location(cls))


def _module_path(context: _Context, module: object, name: str) -> Optional[str]:
    """The workspace path of the learner module `module` (or called `name`)."""
    workspace = context.workspace
    if module is not None:
        filename = getattr(module, "__file__", None)
        return workspace.relative(filename) if workspace.owns(filename) else None
    paths = {workspace.relative(m.__file__) for m in context.learner_modules()
             if getattr(m, "__name__", None) == name and getattr(m, "__file__", None)}
    paths |= {path for path in context.check.imported_files
              if os.path.splitext(os.path.basename(path))[0] == name}
    return paths.pop() if len(paths) == 1 else None


def _learner_class_named(context: _Context, name: str) -> Optional[type]:
    classes = [c if _is_class(c) else type(c) for c in _objects_around(context)]
    classes += [c for c in context.definitions() if _is_class(c)]
    found = _unique([c for c in classes if c.__name__ == name and context.is_learner_class(c)])
    return found[0] if len(found) == 1 else None


# -- the check tripped over what the learner function it called last returned --------------------

_ACTIONS = (
    (r"^argument of type '\w+' is not iterable", "tried to look for something in {what}"),
    (r"is not iterable$", "tried to loop over {what}"),
    (r"has no len\(\)$", "tried to take len() of {what}"),
    (r"is not subscriptable$", "tried to index {what}"),
    (r"is not callable$", "tried to call {what}"),
    (r"object has no attribute '(\w+)'", "tried to use `.{0}` on {what}"),
    (r"^unsupported operand type\(s\) for ([^:]+):", "tried to compute `{0}` with {what}"),
    (r"^'([^']+)' not supported between instances", "tried to compare {what} with `{0}`"),
    (r"^bad operand type for unary ([^:]+):", "tried to compute `{0}` with {what}"),
    (r"can only concatenate str|must be str, not|expected str instance|"
     r"expected string or bytes-like object", "needed a str, not {what}"),
    (r"cannot be interpreted as an integer$", "needed an int, not {what}"),
    (r"index out of range$", "tried to index past the end of {what}"),
)


def _returned_value(context: _Context) -> Optional[Blame]:
    """`two_fer()` returned None, and then the check tried to loop over None."""
    check = context.check
    last = check.last_result
    if last is None or last[0] != check.learner_calls:
        return None  # a learner call after it did not return
    if type(context.problem) not in (TypeError, AttributeError, IndexError):
        return None
    number, fn, value = last
    if context.is_learner_class(type(value)):
        return None  # an object of the learner's class: the class is to blame, not the call
    if value is None and _returns_none_by_design(fn):
        return None
    type_name = type(value).__name__
    names = (type_name, "string") if type(value) is str else (type_name,)
    re = context.re
    if not any(re.search(r"(?<![\w.])%s(?!\w)" % re.escape(n), context.text) for n in names):
        return None
    what = "None" if value is None else _a(type_name)
    action = "failed on %s" % what
    for pattern, phrase in _ACTIONS:
        match = re.search(pattern, context.text)
        if match is not None:
            action = phrase.format(*match.groups(), what=what)
            break
    message = "`%s` returned %s, and then the check %s (%s)" % (
        shown_name(fn), describe_value(value), action, context.exception_text())
    hint = NONE_RESULT_HINT % _bare_name(fn) if value is None else None
    return Blame(message, hint, context.location(fn))


def _returns_none_by_design(fn: object) -> bool:
    """Whether the learner's function is annotated `-> None`."""
    function = fn.__func__ if type(fn) is _method_type else fn  # type: ignore[attr-defined]
    if _is_class(function):
        return False
    try:
        annotations = function.__annotations__  # type: ignore[attr-defined]
        returns = annotations.get("return", "") if type(annotations) is dict else ""
    except Exception:
        return False
    return returns is None or returns == "None"


# -- nothing names the learner's code, but its values are the likely cause ----------------------

def _likely_learner_value(context: _Context) -> Optional[Blame]:
    """A None, or an object of a learner class, that the check could not use."""
    check = context.check
    if type(context.problem) not in (TypeError, AttributeError):
        return None
    if not (check.learner_calls or check.imported_files or context.learner_modules()):
        return None
    named = [c for c in context.definitions() if _is_class(c)
             and context.re.search(r"'%s'" % context.re.escape(c.__name__), context.text)]
    if named:
        cls = named[0]
        return Blame("the check stopped with %s, most likely because of your class `%s`"
                     % (context.exception_text(), cls.__name__),
                     "Look at what `%s` is missing for the way the check uses it." % cls.__name__,
                     context.location(cls))
    if "NoneType" not in context.text:
        return None
    message = "the check stopped with %s, most likely because of a value from your code" % (
        context.exception_text())
    if check.last_target is not None:
        message += " (the last function of yours it called was `%s`)" % shown_name(
            check.last_target)
    return Blame(message, "Try your function with the check's input and look at what it "
                          "returns: None often means a missing `return`.", None)
