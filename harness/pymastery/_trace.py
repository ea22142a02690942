"""Trace mode: runs a snippet, or a call on a learner's file, and records every line it runs.

Each step holds the stack of the traced file's frames (outermost first), the objects reachable
from their variables and the references between them, and what was printed so far. The format
is docs/trace-format.md; src/core/trace/traceFormat.ts validates it.

Speed matters (a trace is drawn while the learner waits), so steps are written as JSON text the
moment they are recorded, objects are looked at shallowly, and the learner's own `__repr__`,
`__str__`, `__iter__` and friends are never called: what a step shows comes from the built-in
types' own methods, so recording a step cannot run (or break on) the learner's code.
"""
from __future__ import annotations

import _thread
import os
from _operator import is_ as _is
from itertools import chain as _chain
from itertools import islice as _islice
import sys
import time

try:
    # The json package imports `re`, which alone costs more than tracing a short snippet; its C
    # accelerator is all that reading the request and writing the trace need.
    from _json import encode_basestring_ascii as _quote
    from _json import make_scanner as _make_scanner
except ImportError:  # not CPython
    from json import loads as _loads
    from json.encoder import encode_basestring_ascii as _quote  # type: ignore[no-redef]

    _make_scanner = None

from ._capture import CapturedStream, NoInput

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import CodeType, FrameType
    from typing import Any, Dict, List, Optional, Sequence, Tuple

TRACE_VERSION = 1
EXIT_OK = 0
EXIT_HARNESS_FAILED = 1
EXIT_USAGE = 2

USAGE = "usage: run_trace.py --request <request file> --results <trace file>"
SNIPPET_FILE = "<snippet>"

DEFAULT_MAX_STEPS = 1000
DEFAULT_MAX_OBJECTS = 200
DEFAULT_MAX_ITEMS = 50
DEFAULT_TIMEOUT = 10.0
#: Characters of output kept (every step repeats everything printed so far).
OUTPUT_LIMIT = 8 * 1024
#: Bytes of steps kept before tracing stops: the view has to read them all.
TRACE_BYTES_LIMIT = 16 * 1024 * 1024
#: Objects given an id over the whole trace (each is kept alive so its id is never reused).
NUMBERED_OBJECTS_LIMIT = 50_000
#: Frames a step may show (the format's limit), and a stack deep enough to be named as the
#: reason a trace grew too large.
MAX_FRAMES = 1000
DEEP_STACK = 100
#: Strings up to this long are shown where they are used; longer ones are objects.
INLINE_STRING = 40
#: Characters of an object's short repr.
REPR_LIMIT = 60

# Taken at start, before the learner's code can replace them.
_perf_counter = time.perf_counter
_exit = os._exit
_settrace = sys.settrace
_os_open = os.open
_os_write = os.write
_os_close = os.close
_os_replace = os.replace
_os_getpid = os.getpid
_WRITE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
_real_stderr = sys.stderr

_object_getattribute = object.__getattribute__
_base_exception_str = BaseException.__str__
_exception_args = BaseException.__dict__["args"]
_list_getitem = list.__getitem__
_tuple_getitem = tuple.__getitem__
_tuple_len = tuple.__len__
_dict_items = dict.items
_set_iter = set.__iter__
_frozenset_iter = frozenset.__iter__
_int_repr = int.__repr__
_float_repr = float.__repr__
_str_repr = str.__repr__
_str_getitem = str.__getitem__


def _function() -> None:
    pass


class _Methods:
    def method(self) -> None:
        pass


_FUNCTION = type(_function)
_METHOD = type(_Methods().method)
_BUILTIN_FUNCTION = type(len)
_MODULE = type(sys)


def _make_cell() -> object:
    value = 0

    def inner() -> int:
        return value

    return inner.__closure__[0]  # type: ignore[index]


_CELL = type(_make_cell())
_CO_OPTIMIZED = 0x1
_CO_GENERATOR_LIKE = 0x20 | 0x80 | 0x200  # CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR
_NOTHING = object()
#: The JSON of small ints and short strings met so far, by value (most steps repeat them).
_INLINE_CACHE_SIZE = 10_000
_INT_JSON: Dict[int, str] = {}
_STR_JSON: Dict[str, str] = {}
_NAME_JSON: Dict[str, str] = {}
#: Types whose built-in repr runs no learner code and is short enough to take whole.
_PLAIN_TYPES = frozenset((int, float, bool, type(None), str))
#: Types an exception's args may hold for its own __str__ to be used.
_MESSAGE_TYPES = _PLAIN_TYPES | frozenset((bytes,))
#: Types whose values are always inline (str only when short).
_INLINE_TYPES = frozenset((int, float, bool, type(None), str, complex))
#: Types of objects that never change (their description is kept for the whole trace).
_FIXED_TYPES = frozenset((str, bytes, range, _BUILTIN_FUNCTION, _MODULE))


# -- the output ----------------------------------------------------------------------------------


class Output:
    """Everything printed to stdout and stderr, in order, kept up to OUTPUT_LIMIT characters."""

    def __init__(self) -> None:
        self._parts: List[str] = []
        self._size = 0
        self.cut = 0
        self._json: Optional[str] = '""'

    def record(self, stream_index: int, text: str) -> None:
        if not text:
            return
        room = OUTPUT_LIMIT - self._size
        if room <= 0:
            self.cut += len(text)
        elif len(text) <= room:
            self._parts.append(text)
            self._size += len(text)
        else:
            self._parts.append(text[:room])
            self._size = OUTPUT_LIMIT
            self.cut += len(text) - room
        self._json = None

    def text(self) -> str:
        kept = "".join(self._parts)
        if self.cut:
            kept += "\n[… %d more characters cut]" % self.cut
        return kept

    def json(self) -> str:
        if self._json is None:
            self._json = _quote(self.text())
        return self._json


def loads(text: str) -> object:
    """json.loads, for the request."""
    if _make_scanner is None:
        return _loads(text)

    class Context:
        strict = True
        object_hook = None
        object_pairs_hook = None
        parse_float = float
        parse_int = int
        parse_constant = float
        memo: dict = {}

    stripped = text.strip()
    try:
        value, end = _make_scanner(Context())(stripped, 0)
    except StopIteration:
        raise ValueError("not JSON") from None
    if end != len(stripped):
        raise ValueError("not JSON: extra data after position %d" % end)
    return value


# -- the request ---------------------------------------------------------------------------------


class UsageError(Exception):
    """The command line or the request is wrong: a harness problem, reported on stderr."""


class Request:
    def __init__(self, document: dict) -> None:
        if not isinstance(document, dict):
            raise UsageError("the request is not a JSON object")
        self.kind = document.get("kind")
        if self.kind == "snippet":
            self.code = document.get("code")
            if not isinstance(self.code, str):
                raise UsageError("a snippet request needs its code")
            self.file = SNIPPET_FILE
            self.call = ""
        elif self.kind == "call":
            file, call = document.get("file"), document.get("call")
            if not isinstance(file, str) or not file or not isinstance(call, str):
                raise UsageError("a call request needs a file and a call")
            self.file = os.path.abspath(file)
            self.call = call
            self.code = ""
        else:
            raise UsageError("the request's kind is neither snippet nor call")
        self.max_steps = _positive(document, "max_steps", DEFAULT_MAX_STEPS)
        self.max_objects = _positive(document, "max_objects", DEFAULT_MAX_OBJECTS)
        self.max_items = _positive(document, "max_items", DEFAULT_MAX_ITEMS)
        self.timeout = float(_positive(document, "timeout_seconds", DEFAULT_TIMEOUT))


def _positive(document: dict, key: str, default: float) -> Any:
    value = document.get(key)
    if value is None:
        return default
    if type(value) not in (int, float) or not value > 0:
        raise UsageError("%s must be a number above 0" % key)
    return int(value) if key != "timeout_seconds" else value


def parse_arguments(argv: Sequence[str]) -> Tuple[str, str]:
    request = results = ""
    pending = list(argv)
    while pending:
        argument = pending.pop(0)
        name, equals, value = argument.partition("=")
        if not equals:
            if not pending:
                raise UsageError("%s needs a value" % argument)
            value = pending.pop(0)
        if name == "--request":
            request = os.path.abspath(value)
        elif name == "--results":
            results = os.path.abspath(value)
        else:
            raise UsageError("unknown option %s" % name)
    if not request or not results:
        raise UsageError("--request and --results are required")
    return request, results


# -- looking at values ---------------------------------------------------------------------------


def _int_text(value: int) -> str:
    bits = value.bit_length()
    if bits > 4000:
        return "<a number of about %d digits>" % int(bits * 0.30103)
    try:
        text = _int_repr(value)
    except ValueError:
        return "<a number of about %d digits>" % int(bits * 0.30103)
    return text if len(text) <= REPR_LIMIT else text[:REPR_LIMIT - 12] + "…" + text[-10:]


def _cut(text: str, limit: int = REPR_LIMIT) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


class Kinds:
    """What kind of object each type makes, worked out once per type."""

    def __init__(self, module_name: str) -> None:
        self.module_name = module_name
        self._kinds: Dict[type, str] = {}
        self._slots: Dict[type, List[Tuple[str, Any]]] = {}
        self._library_repr: Dict[type, bool] = {}

    def of(self, kind_type: type) -> str:
        kind = self._kinds.get(kind_type)
        if kind is None:
            kind = self._kinds[kind_type] = self._work_out(kind_type)
        return kind

    def _work_out(self, kind_type: type) -> str:
        for base, kind in ((list, "list"), (tuple, "tuple"), (dict, "dict"), (set, "set"),
                           (frozenset, "frozenset"), (type, "class")):
            if issubclass(kind_type, base):
                return kind
        if kind_type in (_FUNCTION, _METHOD, _BUILTIN_FUNCTION):
            return "function"
        if kind_type is _CELL:
            return "cell"
        if kind_type is _MODULE:
            return "module"
        name = getattr(kind_type, "__name__", "")
        module = getattr(kind_type, "__module__", "")
        if module == "builtins" and name in ("generator", "coroutine", "async_generator"):
            return "generator"
        if module == "collections" and name == "deque":
            return "sequence"
        if module == self.module_name:
            return "instance"
        # A class from another of the learner's files (a helper module beside theirs) too.
        defined_in = sys.modules.get(module) if type(module) is str else None
        filename = getattr(defined_in, "__file__", None)
        if type(filename) is str and not _is_library_file(filename):
            return "instance"
        return "other"

    def repr_is_library_code(self, kind_type: type) -> bool:
        """Whether the type's __repr__ is built in, or Python code of the standard library or an
        installed package: one the learner wrote (in a helper module, say) is never called."""
        known = self._library_repr.get(kind_type)
        if known is None:
            method = getattr(kind_type, "__repr__", None)
            code = getattr(method, "__code__", None)
            known = code is None or _is_library_file(getattr(code, "co_filename", ""))
            self._library_repr[kind_type] = known
        return known

    def slots(self, kind_type: type) -> List[Tuple[str, Any]]:
        """The `__slots__` of a class and its bases: (name, member descriptor)."""
        found = self._slots.get(kind_type)
        if found is None:
            found = []
            for klass in getattr(kind_type, "__mro__", ()):
                names = klass.__dict__.get("__slots__", ())
                if isinstance(names, str):
                    names = (names,)
                for name in names:
                    if not isinstance(name, str) or name in ("__dict__", "__weakref__"):
                        continue
                    stored = name
                    if name.startswith("__") and not name.endswith("__"):
                        stored = "_%s%s" % (klass.__name__.lstrip("_"), name)
                    descriptor = klass.__dict__.get(stored)
                    if descriptor is not None and hasattr(descriptor, "__get__"):
                        found.append((name, descriptor))
            self._slots[kind_type] = found
        return found


_STANDARD_LIBRARY = os.path.dirname(os.__file__) + os.sep


def _is_library_file(filename: str) -> bool:
    if type(filename) is not str:
        return False
    if filename.startswith(_STANDARD_LIBRARY) or filename.startswith("<frozen"):
        return True
    parts = filename.replace("\\", "/").split("/")
    return "site-packages" in parts or "dist-packages" in parts


def short_repr(value: object, kinds: Kinds, budget: int = REPR_LIMIT, depth: int = 0) -> str:
    """A repr of at most about `budget` characters that never runs the learner's code."""
    value_type = type(value)
    if value_type is int:
        return _int_text(value)  # type: ignore[arg-type]
    if value_type is bool or value is None:
        return "True" if value is True else "False" if value is False else "None"
    if value_type is float:
        return _float_repr(value)  # type: ignore[arg-type]
    if value_type is str:
        if len(value) > budget:  # type: ignore[arg-type]
            return _str_repr(_str_getitem(value, slice(0, budget)))[:budget] + "…"
        return _cut(_str_repr(value), budget)
    kind = kinds.of(value_type)
    type_name = _type_name(value_type)
    if kind in ("list", "tuple", "set", "frozenset", "dict", "sequence"):
        if depth >= 3:
            return "…"
        if value_type is list or value_type is tuple:
            # Most lists hold numbers and short strings: the built-in repr of the first few is
            # safe for those (no learner code runs) and much faster than building it here.
            shown = value[:budget // 3 + 1]  # type: ignore[index]
            if _PLAIN_TYPES.issuperset(map(type, shown)) and (
                    str not in set(map(type, shown))
                    or max(len(item) for item in shown if type(item) is str) <= INLINE_STRING):
                try:
                    text = repr(shown)
                except ValueError:  # an int too long to write out
                    text = ""
                if text:
                    if len(text) > budget or len(shown) < len(value):  # type: ignore[arg-type]
                        text = text[:budget].rsplit(", ", 1)[0] + ", …" + text[-1]
                    return text
        if kind == "dict":
            opening, closing = "{", "}"
            parts = _dict_items(value)  # type: ignore[arg-type]
        else:
            parts = _items_of(value, kind, budget)
            if kind in ("list", "sequence"):
                opening, closing = "[", "]"
            elif kind == "tuple":
                opening, closing = "(", ")"
            else:
                opening, closing = "{", "}"
        text = opening
        first = True
        for part in parts:
            if len(text) >= budget:
                text += ", …" if not first else "…"
                break
            if kind == "dict":
                piece = "%s: %s" % (short_repr(part[0], kinds, 20, depth + 1),
                                    short_repr(part[1], kinds, 20, depth + 1))
            else:
                piece = short_repr(part, kinds, 20, depth + 1)
            text += piece if first else ", " + piece
            first = False
        if kind == "tuple" and not first and _tuple_len(value) == 1:  # type: ignore[arg-type]
            text += ","
        if kind in ("set", "frozenset") and first:
            return "%s()" % type_name
        text += closing
        if type_name not in ("list", "tuple", "dict", "set", "frozenset"):
            # A named tuple reads as Point(1, 2), a Counter as Counter({'a': 1}).
            text = type_name + (text.rstrip(",)") + ")" if kind == "tuple" else "(%s)" % text)
        return _cut(text, budget + 8)
    if kind == "instance":
        return "<%s object>" % type_name
    if kind == "class":
        return "<class %s>" % getattr(value, "__qualname__", type_name)
    if kind == "function":
        if value_type is _METHOD:
            function = getattr(value, "__func__", None)
            return "<bound method %s>" % getattr(function, "__qualname__", "?")
        return "<function %s>" % getattr(value, "__qualname__", "?")
    if kind == "generator":
        code = _generator_code(value)
        return "<%s %s>" % (type_name, code.co_name if code is not None else "?")
    if kind == "cell":
        return "<cell>"
    if kind == "module":
        return "<module %s>" % getattr(value, "__name__", "?")
    if issubclass(value_type, BaseException):
        # Its args, not its repr: an argument may be the learner's object.
        try:
            arguments = _exception_args.__get__(value, value_type)
        except BaseException:
            arguments = ()
        text = short_repr(tuple(arguments), kinds, budget, depth + 1)
        return _cut(type_name + (text[:-2] + ")" if text.endswith(",)") else text), budget)
    if issubclass(value_type, (str, bytes, bytearray)):
        value = value[:budget]  # type: ignore[index]
    elif not kinds.repr_is_library_code(value_type):
        return "<%s object>" % type_name
    try:
        text = repr(value)
    except BaseException:
        text = "<%s object>" % type_name
    return _cut(text if isinstance(text, str) else "<%s object>" % type_name, budget)


def _type_name(value_type: type) -> str:
    name = getattr(value_type, "__name__", None)
    return name if isinstance(name, str) else "object"


def _items_of(value: Any, kind: str, limit: int = 1000) -> Any:
    """The items of a list-like object through the built-in types' own methods."""
    if kind == "list":
        return _list_getitem(value, slice(0, limit))
    if kind == "tuple":
        return _tuple_getitem(value, slice(0, limit))
    if kind == "set":
        return _set_iter(value)
    if kind == "frozenset":
        return _frozenset_iter(value)
    return iter(value)  # a deque: its own C iterator


def _generator_code(value: Any) -> Optional[CodeType]:
    for name in ("gi_code", "cr_code", "ag_code"):
        code = getattr(value, name, None)
        if code is not None:
            return code
    return None


def _generator_frame(value: Any) -> Optional[FrameType]:
    for name in ("gi_frame", "cr_frame", "ag_frame"):
        if hasattr(value, name):
            return getattr(value, name)
    return None


def exception_message(error: BaseException, kinds: Optional[Kinds] = None) -> str:
    """str(error) as the built-in type writes it; the learner's __str__ never runs, nor that of
    an object in its args (those are written as short reprs)."""
    try:
        arguments = tuple(_exception_args.__get__(error, type(error)))
    except BaseException:
        arguments = ()
    if not _MESSAGE_TYPES.issuperset(map(type, arguments)):
        kinds = kinds or Kinds("__main__")
        if len(arguments) == 1:
            return short_repr(arguments[0], kinds, 200)
        return short_repr(arguments, kinds, 200)
    method = _base_exception_str
    for klass in type(error).__mro__:
        if getattr(klass, "__module__", None) == "builtins" and "__str__" in klass.__dict__:
            method = klass.__dict__["__str__"]
            break
    try:
        text = method(error)
    except BaseException:
        text = ""
    return text if type(text) is str else ""


def _loop_opcodes() -> frozenset:
    """Before 3.11, a generator that runs out under `for` (or `yield from`) reports the
    StopIteration that ends the loop to the tracer as an exception: these are the instructions
    where that happens."""
    if sys.version_info >= (3, 11):
        return frozenset()
    import opcode

    return frozenset(opcode.opmap[name] for name in ("FOR_ITER", "YIELD_FROM")
                     if name in opcode.opmap)


_LOOP_ENDS = _loop_opcodes()


def _ends_a_loop(frame: FrameType) -> bool:
    code = frame.f_code.co_code
    index = frame.f_lasti
    return 0 <= index < len(code) and code[index] in _LOOP_ENDS


# -- one step ------------------------------------------------------------------------------------


class Snapshot:
    """The heap of one step: the objects met from its frames, numbered, up to the object cap."""

    def __init__(self, tracer: Tracer) -> None:
        self.tracer = tracer
        self.kinds = tracer.kinds
        self.ids = tracer.ids
        self.in_heap: Dict[str, object] = {}
        self.queue: List[Tuple[str, object]] = []
        self.truncated = False

    def value(self, value: object) -> str:
        """A value's JSON: inline for small immutable things, else a reference."""
        value_type = type(value)
        if value_type is int:
            text = _INT_JSON.get(value)
            if text is None:
                text = '{"type":"int","repr":"%s"}' % _int_text(value)  # type: ignore[arg-type]
                if len(_INT_JSON) < _INLINE_CACHE_SIZE:
                    _INT_JSON[value] = text
            return text
        if value_type is str and len(value) <= INLINE_STRING:  # type: ignore[arg-type]
            text = _STR_JSON.get(value)
            if text is None:
                text = '{"type":"str","repr":%s}' % _quote(_str_repr(value))
                if len(_STR_JSON) < _INLINE_CACHE_SIZE:
                    _STR_JSON[value] = text
            return text
        if value_type is bool:
            return '{"type":"bool","repr":"%s"}' % ("True" if value else "False")
        if value is None:
            return '{"type":"NoneType","repr":"None"}'
        if value_type is float:
            return '{"type":"float","repr":%s}' % _quote(_float_repr(value))  # type: ignore
        if value_type is complex:
            return '{"type":"complex","repr":%s}' % _quote(repr(value))
        return self.reference(value)

    def reference(self, value: object) -> str:
        key = id(value)
        object_id = self.ids.get(key)
        if object_id is None or object_id not in self.in_heap:
            if len(self.in_heap) >= self.tracer.max_objects:
                # Past the cap: shown where it is used, by type and a short repr.
                self.truncated = True
                return '{"type":%s,"repr":%s}' % (_quote(_type_name(type(value))),
                                                  _quote(short_repr(value, self.kinds)))
            if object_id is None:
                object_id = self.tracer.number(value)
            self.in_heap[object_id] = value
            self.queue.append((object_id, value))
        return '{"ref":"%s"}' % object_id

    def variables(self, pairs: Any) -> str:
        value = self.value
        names = _NAME_JSON
        parts = []
        for name, item in pairs:
            opening = names.get(name)
            if opening is None:
                opening = '{"name":%s,"value":' % _quote(name)
                if len(names) < _INLINE_CACHE_SIZE:
                    names[name] = opening
            parts.append(opening + value(item) + "}")
        return ",".join(parts)

    def heap(self) -> Tuple[str, List[str]]:
        """The heap's JSON and the ids of the objects that changed since the step before."""
        tracer = self.tracer
        # Compared with the step before: an object it did not show is new in this one.
        previous = tracer.signatures
        signatures: Dict[str, str] = {}
        entries = []
        changed = []
        queue = self.queue
        index = 0
        # The queue grows while objects are described: breadth first, in the order met.
        fixed = tracer.fixed
        shallow = tracer.shallow
        while index < len(queue):
            object_id, value = queue[index]
            index += 1
            entry = fixed.get(object_id)
            if entry is not None:
                signatures[object_id] = entry
                if object_id not in previous:
                    changed.append(object_id)
                entries.append(entry)
                continue
            shown = self.plain_contents(value)
            if shown is None:
                head, body = self.describe(value)
            else:
                # A list or dict of plain values: described again only when they changed.
                cached = shallow.get(object_id)
                if cached is not None and len(cached[0]) == len(shown) and all(
                        map(_is, shown, cached[0])):
                    head, body = cached[1], cached[2]
                else:
                    head, body = self.describe(value)
                    shallow[object_id] = (shown, head, body)
            signature = signatures[object_id] = body or head
            if previous.get(object_id) != signature:
                changed.append(object_id)
            entry = '"%s":{%s%s}' % (object_id, head, body)
            if self.never_changes(value):
                fixed[object_id] = entry
            entries.append(entry)
        tracer.signatures = signatures
        return ",".join(entries), changed

    def plain_contents(self, value: Any) -> Optional[Sequence[object]]:
        """What a list or dict shows (its first items, keys and values), when all of it is
        inline values; else None."""
        value_type = type(value)
        if value_type is list:
            shown = _list_getitem(value, slice(0, self.tracer.snapshot_items))
        elif value_type is dict:
            shown = tuple(_chain(*_islice(_dict_items(value), self.tracer.snapshot_items)))
        else:
            return None
        types = set(map(type, shown))
        if not _INLINE_TYPES.issuperset(types):
            return None
        if str in types and max(len(item) for item in shown if type(item) is str) > INLINE_STRING:
            return None
        return shown

    def never_changes(self, value: Any) -> bool:
        """Objects that cannot change and refer to no other: described once for the whole trace."""
        value_type = type(value)
        if value_type is _FUNCTION:
            return not value.__closure__
        if value_type in _FIXED_TYPES:
            return True
        if value_type is tuple or value_type is frozenset:
            return _PLAIN_TYPES.issuperset(map(type, value))
        return False

    def describe(self, value: Any) -> Tuple[str, str]:
        """The object's kind, type and repr (`head`) and its contents (`body`) as JSON."""
        value_type = type(value)
        kind = self.kinds.of(value_type)
        type_name = _type_name(value_type)
        max_items = self.tracer.max_items
        head = '"kind":"%s","type":%s,"repr":%s' % (
            "list" if kind == "sequence" else kind, _quote(type_name),
            _quote(short_repr(value, self.kinds)))
        body = ""
        truncated = False
        if kind in ("list", "tuple", "set", "frozenset", "sequence"):
            items = []
            for item in _items_of(value, kind, max_items + 1):
                if len(items) >= max_items:
                    truncated = True
                    break
                items.append(self.value(item))
            body = ',"items":[%s]' % ",".join(items)
        elif kind == "dict":
            entries = []
            for key, item in _dict_items(value):
                if len(entries) >= max_items:
                    truncated = True
                    break
                entries.append("[%s,%s]" % (self.value(key), self.value(item)))
            body = ',"entries":[%s]' % ",".join(entries)
        elif kind == "instance":
            pairs = self._instance_attributes(value, value_type)
            truncated = len(pairs) > max_items
            body = ',"attributes":[%s]' % self.variables(pairs[:max_items])
        elif kind == "class":
            pairs = self._class_attributes(value)
            truncated = len(pairs) > max_items
            body = ',"attributes":[%s]' % self.variables(pairs[:max_items])
        elif kind == "function":
            closure = getattr(value, "__closure__", None) if value_type is _FUNCTION else None
            if closure:
                names = value.__code__.co_freevars
                body = ',"attributes":[%s]' % self.variables(zip(names, closure))
        elif kind == "cell":
            try:
                contents = value.cell_contents
            except ValueError:
                body = ',"items":[]'
            else:
                body = ',"items":[%s]' % self.value(contents)
        elif kind == "generator":
            frame = _generator_frame(value)
            if frame is not None and frame.f_code.co_filename == self.tracer.filename:
                body = ',"frame":{%s}' % self.tracer.frame_body(frame, self)
        elif kind == "other":
            body = ""
        if truncated:
            body += ',"truncated":true'
        return head, body

    def _instance_attributes(self, value: Any, value_type: type) -> List[Tuple[str, object]]:
        pairs: List[Tuple[str, object]] = []
        try:
            attributes = _object_getattribute(value, "__dict__")
        except BaseException:
            attributes = None
        if type(attributes) is dict:
            pairs.extend((name, item) for name, item in _dict_items(attributes)
                         if type(name) is str)
        for name, descriptor in self.kinds.slots(value_type):
            try:
                pairs.append((name, descriptor.__get__(value, value_type)))
            except BaseException:
                pass
        return pairs

    def _class_attributes(self, value: Any) -> List[Tuple[str, object]]:
        """A class's own data attributes; methods and dunder names are left out."""
        pairs: List[Tuple[str, object]] = []
        try:
            namespace = _object_getattribute(value, "__dict__")
        except BaseException:
            return pairs
        for name, item in namespace.items():
            if type(name) is not str or (name.startswith("__") and name.endswith("__")):
                continue
            if type(item) in (_FUNCTION, staticmethod, classmethod, property):
                continue
            pairs.append((name, item))
        return pairs


# -- the tracer ----------------------------------------------------------------------------------


class Tracer:
    """Records one step per event in the traced file's frames (sys.settrace)."""

    def __init__(self, request: Request, results: str, output: Output, module_name: str,
                 started: float) -> None:
        self.request = request
        self.results = results
        self.output = output
        self.filename = request.file
        self.file_json = _quote(request.file)
        self.module_name = module_name
        self.kinds = Kinds(module_name)
        self.max_steps = request.max_steps
        self.max_objects = request.max_objects
        self.max_items = request.max_items
        self.started = started
        self.deadline = started + request.timeout
        self.steps: List[str] = []
        self.size = 0
        self.ids: Dict[int, str] = {}
        self.kept: List[object] = []
        self.frame_ids: Dict[FrameType, str] = {}
        self.signatures: Dict[str, str] = {}
        self.fixed: Dict[str, str] = {}
        self.shallow: Dict[str, Tuple[Sequence[object], str, str]] = {}
        # Enough items to cover what an object shows: its items and its short repr.
        self.snapshot_items = max(self.max_items, REPR_LIMIT // 3) + 1
        self.global_verdicts: Dict[object, Tuple[object, bool]] = {}
        self.plain_codes: Dict[CodeType, bool] = {}
        self.code_names: Dict[CodeType, str] = {}
        self.raised: Optional[BaseException] = None
        self.raised_in: Optional[FrameType] = None
        self.exception_steps: Dict[int, Tuple[BaseException, int, int]] = {}
        self.stopped: Optional[Tuple[str, str]] = None
        self.lock = _thread.allocate_lock()
        self.finished = False
        self._owner = _os_getpid()

    # -- numbering

    def number(self, value: object) -> str:
        object_id = "o%d" % (len(self.kept) + 1)
        self.kept.append(value)
        self.ids[id(value)] = object_id
        return object_id

    def frame_id(self, frame: FrameType) -> str:
        frame_id = self.frame_ids.get(frame)
        if frame_id is None:
            frame_id = self.frame_ids[frame] = "f%d" % (len(self.frame_ids) + 1)
        return frame_id

    # -- sys.settrace callbacks

    # An exception raised in a trace function would surface in the learner's code, so none may
    # leave them: a problem of the tracer's own ends the trace with what it has.

    def trace_calls(self, frame: FrameType, event: str, arg: Any) -> Any:
        """The global trace function: follows only frames of the traced file."""
        if frame.f_code.co_filename != self.filename:
            return None
        try:
            if frame.f_code.co_name != "<module>":
                self.record(frame, "call")
        except BaseException as error:
            self.give_up(error)
        return self.trace_lines

    def trace_lines(self, frame: FrameType, event: str, arg: Any) -> Any:
        try:
            self.follow(frame, event, arg)
        except BaseException as error:
            self.give_up(error)
        return self.trace_lines

    def give_up(self, error: BaseException) -> None:
        if isinstance(error, RecursionError):
            self.stop("error", "Tracing stopped after %d steps: the calls went too deep "
                      "(RecursionError). Look for a function that calls itself without end."
                      % len(self.steps))
        self.stop("error", "Tracing stopped after %d steps: a value could not be looked at "
                  "(%s: %s)." % (len(self.steps), _type_name(type(error)),
                                 _cut(exception_message(error), 200)))

    def follow(self, frame: FrameType, event: str, arg: Any) -> None:
        if event == "line":
            self.raised = None
            self.raised_in = None
            self.record(frame, "line")
        elif event == "return":
            if self.raised_in is frame or frame.f_code.co_name == "<module>":
                # Unwinding (the frame ends because of an exception) or the end of the
                # snippet: nothing is returned.
                self.raised_in = None
                self.record(frame, "return")
            else:
                self.record(frame, "return", arg)
            if not frame.f_code.co_flags & _CO_GENERATOR_LIKE:
                self.frame_ids.pop(frame, None)
        elif event == "exception":
            error = arg[1]
            if _LOOP_ENDS and isinstance(error, StopIteration) and _ends_a_loop(frame):
                return  # a generator running out under a for loop, not an exception to show
            if error is not self.raised and isinstance(error, BaseException):
                # Recorded where it is raised; as it travels out through the callers, the
                # return steps show the frames it ends.
                self.raised = error
                self.record(frame, "exception", exception=error)
                self.exception_steps[id(error)] = (error, len(self.steps) - 1, frame.f_lineno)
            self.raised_in = frame

    # -- recording

    def record(self, frame: FrameType, event: str, returned: object = _NOTHING,
               exception: Optional[BaseException] = None) -> None:
        if len(self.steps) >= self.max_steps:
            self.stop("steps", "Stopped after %d steps: the code was still running. Trace a "
                      "smaller example, or look for a loop that never ends." % self.max_steps)
        if _perf_counter() > self.deadline:
            self.stop_for_time()
        filename = self.filename
        stack = []
        current: Optional[FrameType] = frame
        while current is not None:
            if current.f_code.co_filename == filename:
                stack.append(current)
            current = current.f_back
        stack.reverse()
        snapshot = Snapshot(self)
        frames = ",".join('{"id":"%s",%s}' % (self.frame_id(f), self.frame_body(f, snapshot))
                          for f in stack)
        extra = ""
        if returned is not _NOTHING:
            extra = ',"returned":%s' % snapshot.value(returned)
        if exception is not None:
            extra += ',"exception":{"type":%s,"message":%s}' % (
                _quote(_type_name(type(exception))), _quote(_cut(exception_message(exception, self.kinds),
                                                                   2000)))
        heap, changed = snapshot.heap()
        if snapshot.truncated:
            extra += ',"heapTruncated":true'
        step = '{"event":"%s","line":%d,"file":%s,"frames":[%s],"heap":{%s},"output":%s,' \
               '"changed":[%s]%s}' % (
                   event, max(frame.f_lineno or 1, 1), self.file_json, frames, heap,
                   self.output.json(), ",".join('"%s"' % c for c in changed), extra)
        self.size += len(step)
        self.steps.append(step)
        if self.size > TRACE_BYTES_LIMIT or len(self.kept) > NUMBERED_OBJECTS_LIMIT or (
                len(stack) >= MAX_FRAMES):
            if len(stack) >= DEEP_STACK:
                self.stop("objects", "Stopped after %d steps: the calls went %d deep, more than "
                          "a trace can show. Look for a function that calls itself without end, "
                          "or trace a smaller input." % (len(self.steps), len(stack)))
            self.stop("objects", "Stopped after %d steps: the code made more objects than a trace "
                      "can show. Trace a smaller example." % len(self.steps))

    def frame_body(self, frame: FrameType, snapshot: Snapshot) -> str:
        """A frame's function, line, file and variables as JSON (without its id)."""
        code = frame.f_code
        name = code.co_name
        if name == "<module>":
            pairs = self.module_variables(frame.f_globals)
        elif self.plain_locals(code):
            pairs = frame.f_locals.items()
        else:
            pairs = [(key, value) for key, value in frame.f_locals.items()
                     if type(key) is str and key[:1] != "." and not (
                         key[:2] == "__" and key[-2:] == "__")]
        return '"function":%s,"line":%d,"file":%s,"locals":[%s]' % (
            self.code_names.get(code) or self.code_name(code), max(frame.f_lineno or 1, 1),
            self.file_json, snapshot.variables(pairs))

    def code_name(self, code: CodeType) -> str:
        name = self.code_names[code] = _quote(code.co_name)
        return name

    def plain_locals(self, code: CodeType) -> bool:
        """Whether a function's variables are all the learner's names (no `.0` of a
        comprehension, no dunder name), so that none has to be left out."""
        plain = self.plain_codes.get(code)
        if plain is None:
            names = code.co_varnames + code.co_cellvars + code.co_freevars
            plain = self.plain_codes[code] = bool(code.co_flags & _CO_OPTIMIZED) and not any(
                name[:1] == "." or (name[:2] == "__" and name[-2:] == "__") for name in names)
        return plain

    def module_variables(self, namespace: dict) -> List[Tuple[str, object]]:
        """The learner's globals: not dunder names, nor modules and names they imported."""
        pairs = []
        verdicts = self.global_verdicts
        for name, value in _dict_items(namespace):
            # Decided once per name and value: most globals stay bound to the same object.
            verdict = verdicts.get(name)
            if verdict is None or verdict[0] is not value:
                verdict = verdicts[name] = (value, self.is_learners_global(name, value))
            if verdict[1]:
                pairs.append((name, value))
        return pairs

    def is_learners_global(self, name: object, value: object) -> bool:
        if type(name) is not str or (name[:2] == "__" and name[-2:] == "__"):
            return False
        value_type = type(value)
        if value_type is _MODULE:
            module_name = getattr(value, "__name__", "")
            return not (type(module_name) is str
                        and name in (module_name, module_name.split(".")[0]))
        if value_type in (_FUNCTION, _BUILTIN_FUNCTION) or issubclass(value_type, type):
            return self.defined_here(value) or getattr(value, "__name__", None) != name
        return True

    def defined_here(self, value: object) -> bool:
        code = getattr(value, "__code__", None) if type(value) is _FUNCTION else None
        if code is not None:
            return code.co_filename == self.filename
        return getattr(value, "__module__", None) == self.module_name

    # -- ending

    def stop_for_time(self) -> None:
        self.stop("time", "Stopped after %s: the code was still running after %d steps. Look "
                  "for a loop that never ends, or a call that waits for input."
                  % (_seconds(self.request.timeout), len(self.steps)))

    def stop(self, reason: str, message: str) -> None:
        """Ends tracing now: writes the steps so far and ends the process."""
        _settrace(None)
        self.stopped = (reason, message)
        self.finish(None)
        end_process(EXIT_OK)

    def finish(self, exception: Optional[BaseException], stopped: object = None) -> None:
        """Writes the trace file once; later calls (the watchdog, a second stop) do nothing."""
        with self.lock:
            if self.finished:
                return
            if _os_getpid() != self._owner:
                _exit(0)
            self.finished = True
            if stopped is not None:
                self.stopped = stopped  # type: ignore[assignment]
            write_trace(self.results, self.request, list(self.steps), self.stopped,
                        self.final_exception(exception))

    def exit_now(self, code: int) -> None:
        """os._exit while the learner's code runs: the steps so far are kept."""
        _settrace(None)
        if _os_getpid() == self._owner:
            try:
                self.finish(None)
            except BaseException:
                pass
            end_process(EXIT_OK)
        _exit(code)  # a process the learner's code forked ends as it asked

    def final_exception(self, error: Optional[BaseException]) -> Optional[str]:
        if error is None or isinstance(error, SystemExit) and error.code in (None, 0):
            return None
        _, step, line = self.exception_steps.get(id(error), (None, len(self.steps) - 1, 0))
        if not self.steps:
            return None
        return '{"type":%s,"message":%s,"step":%d%s}' % (
            _quote(_type_name(type(error))), _quote(_cut(exception_message(error, self.kinds), 2000)), step,
            ',"line":%d' % line if line > 0 else "")

    def watch_the_clock(self, stop: Any) -> None:
        """Runs on its own thread: when time runs out in code that records no steps."""
        if stop.acquire(True, max(self.deadline - _perf_counter(), 0.0)):
            return
        try:
            self.finish(None, ("time", "Stopped after %s: the code was still running. Look for "
                               "a loop that never ends, or a call that waits for input."
                               % _seconds(self.request.timeout)))
        except BaseException:
            pass
        end_process(EXIT_OK)


def _seconds(value: float) -> str:
    return "1 second" if value == 1 else "%g seconds" % value


def write_trace(path: str, request: Request, steps: List[str], stopped: Optional[Tuple[str, str]],
                exception: Optional[str]) -> None:
    """The trace file, written whole (to a temporary file, then renamed), `complete` last."""
    stopped_json = "null" if stopped is None else '{"reason":"%s","message":%s}' % (
        stopped[0], _quote(stopped[1]))
    source = request.code
    document = (
        '{"version":%d,"source":{"file":%s,"code":%s},"steps":[%s],"stopped":%s,'
        '"exception":%s,"python":{"executable":%s,"version":"%d.%d.%d"},"complete":true}' % (
            TRACE_VERSION, _quote(request.file), _quote(source), ",".join(steps), stopped_json,
            exception or "null", _quote(sys.executable or ""), *sys.version_info[:3]))
    data = document.encode("ascii")
    temporary = "%s.%d.tmp" % (path, _os_getpid())
    descriptor = _os_open(temporary, _WRITE_FLAGS, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[_os_write(descriptor, view):]
    finally:
        _os_close(descriptor)
    _os_replace(temporary, path)


def end_process(code: int) -> None:
    """Ends at once: learner threads and atexit handlers must not hold the process up."""
    for stream in (sys.__stdout__, sys.__stderr__):
        try:
            if stream is not None:
                stream.flush()
        except BaseException:
            pass
    _exit(code)


# -- running the learner's code ------------------------------------------------------------------


def _error_line(error: BaseException) -> int:
    line = getattr(error, "lineno", None)
    return line if type(line) is int else 0


def _syntax_message(error: SyntaxError, what: str) -> str:
    line = _error_line(error)
    detail = error.msg if isinstance(error.msg, str) else "invalid syntax"
    where = " on line %d" % line if line else ""
    return "%s has a %s%s: %s. Fix it, then trace again." % (
        what, "syntax error" if type(error) is SyntaxError else type(error).__name__, where,
        detail)


class Run:
    """One trace: sets up the learner's module and output, runs it under the tracer."""

    def __init__(self, request: Request, results: str, started: float) -> None:
        self.request = request
        self.results = results
        self.started = started
        self.output = Output()

    def execute(self) -> int:
        request = self.request
        if request.kind == "snippet":
            module_name = "__main__"
            source = request.code
        else:
            module_name = os.path.splitext(os.path.basename(request.file))[0]
            try:
                with open(request.file, "rb") as handle:
                    data = handle.read()
            except OSError as error:
                return self.fail("The file %s could not be read (%s)."
                                 % (request.file, error.strerror or error))
            source = data.decode("utf-8", "replace")
            request.code = source
        try:
            code = compile(source, request.file, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as error:
            what = "The code" if request.kind == "snippet" else os.path.basename(request.file)
            if isinstance(error, SyntaxError):
                return self.fail(_syntax_message(error, what))
            return self.fail("%s cannot be run: %s." % (what, error))
        call_code = None
        if request.kind == "call":
            try:
                call_code = compile(request.call.strip(), "<call>", "eval", dont_inherit=True)
            except SyntaxError as error:
                return self.fail("The call %s is not a Python expression: %s. Write it like "
                                 "fib(5)." % (request.call.strip(), error.msg))
        tracer = Tracer(request, self.results, self.output, module_name, self.started)
        watchdog = _thread.allocate_lock()
        watchdog.acquire()
        _thread.start_new_thread(tracer.watch_the_clock, (watchdog,))
        self._enter(module_name)
        # The learner's code may end the process itself: the trace is written first.
        os._exit = tracer.exit_now
        error = self._run(tracer, code, call_code, module_name)
        tracer.finish(error)
        watchdog.release()
        return EXIT_OK

    def _enter(self, module_name: str) -> None:
        request = self.request
        folder = os.path.dirname(request.file) if request.kind == "call" else os.getcwd()
        os.chdir(folder)
        sys.path.insert(0, folder)
        sys.argv = [request.file]
        sys.stdout = CapturedStream(self.output, 0, "<stdout>")  # type: ignore[arg-type]
        sys.stderr = CapturedStream(self.output, 1, "<stderr>")  # type: ignore[arg-type]
        sys.stdin = NoInput()
        sys.dont_write_bytecode = True
        if request.kind == "snippet" and _wants_source_lines(request.code):
            import linecache

            lines = request.code.splitlines(True)
            linecache.cache[SNIPPET_FILE] = (len(request.code), None, lines, SNIPPET_FILE)

    def _run(self, tracer: Tracer, code: CodeType, call_code: Optional[CodeType],
             module_name: str) -> Optional[BaseException]:
        """Runs the learner's code under the tracer; the exception that ended it, if any."""
        module = _MODULE(module_name)
        namespace = module.__dict__
        namespace["__builtins__"] = __builtins__
        if self.request.kind == "call":
            namespace["__file__"] = self.request.file
        sys.modules[module_name] = module
        if call_code is None:
            _settrace(tracer.trace_calls)
            try:
                exec(code, namespace)
            except BaseException as error:
                return error
            finally:
                _settrace(None)
            return None
        try:
            exec(code, namespace)
        except BaseException as error:
            line = _traceback_line(error, self.request.file)
            where = " (line %d)" % line if line else ""
            tracer.stopped = ("error", "Importing %s stopped with %s%s: %s. Fix it, then trace "
                              "again." % (os.path.basename(self.request.file),
                                          _type_name(type(error)), where,
                                          _cut(exception_message(error), 300)))
            return None
        _settrace(tracer.trace_calls)
        try:
            eval(call_code, namespace)
        except BaseException as error:
            _settrace(None)
            if not tracer.steps:
                tracer.stopped = ("error", "%s stopped with %s: %s." % (
                    self.request.call.strip(), _type_name(type(error)),
                    _cut(exception_message(error), 300)))
                return None
            return error
        finally:
            _settrace(None)
        return None

    def fail(self, message: str) -> int:
        """Writes a trace without steps that says why nothing could be traced."""
        write_trace(self.results, self.request, [], ("error", message), None)
        return EXIT_OK


def _wants_source_lines(code: str) -> bool:
    """Whether the snippet may show its own source lines (in a traceback, a warning…). Only then
    is it put in linecache: importing linecache costs as much as a short trace."""
    if "linecache" in sys.modules:
        return True
    return any(word in code for word in ("traceback", "inspect", "linecache", "warn", "logging",
                                         "pdb", "breakpoint", "doctest", "excepthook"))


def _traceback_line(error: BaseException, filename: str) -> int:
    """The last line of `filename` the exception passed through, or 0."""
    line = 0
    tb = error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    if not line and isinstance(error, SyntaxError) and getattr(error, "filename", None) == filename:
        line = _error_line(error)
    return line


def run(argv: Sequence[str]) -> int:
    """Traces what the request asks for; returns the exit code."""
    started = _perf_counter()
    try:
        request_path, results = parse_arguments(argv)
        try:
            with open(request_path, "rb") as handle:
                document = loads(handle.read().decode("utf-8"))
        except (OSError, ValueError) as error:
            raise UsageError("the request %s could not be read: %s" % (request_path, error))
        request = Request(document)
    except UsageError as error:
        _real_stderr.write("run_trace.py: %s\n%s\n" % (error, USAGE))
        return EXIT_USAGE
    try:
        code = Run(request, results, started).execute()
    except BaseException as error:
        _settrace(None)
        _real_stderr.write("run_trace.py: the tracer failed: %s: %s\n"
                           % (type(error).__name__, error))
        return EXIT_HARNESS_FAILED
    end_process(code)
    return code
