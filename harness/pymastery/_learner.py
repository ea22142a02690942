"""Reaching the learner's code: importing their files fresh and calling their functions."""
from __future__ import annotations

import os
import sys

from ._callsites import note_learner_call, note_learner_result
from ._capture import NO_INPUT_MESSAGE, GivenInput, make_stdin
from ._failures import (
    MESSAGE_REPR_LIMIT,
    CheckError,
    CheckFailed,
    CheckSkipped,
    LearnerCodeFailed,
    LearnerExit,
    short_repr,
)
from ._session import active_check, active_session, target_path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import ModuleType
    from typing import Any, Callable, Optional

    from ._session import Session

_module_type = type(sys)

EXIT_HINT = (
    "Checks run your functions directly, so your code should return instead of ending the "
    "program. Keep the code that starts the program under `if __name__ == \"__main__\":`."
)
ENCODING_HINT = (
    "Save the file as UTF-8 (in VS Code: click the encoding in the status bar, then "
    "\"Save with Encoding\" → UTF-8), or declare its encoding on the first line, "
    "e.g. `# -*- coding: latin-1 -*-`."
)


class Call:
    """The result of running learner code with `call` or `capture`."""

    __slots__ = ("value", "stdout", "stderr", "exception")

    def __init__(self, value: Any, stdout: str, stderr: str,
                 exception: Optional[BaseException] = None) -> None:
        #: What the function returned (None if it raised).
        self.value = value
        #: Everything it printed to stdout (capped).
        self.stdout = stdout
        #: Everything it printed to stderr (capped).
        self.stderr = stderr
        #: The exception it raised (only with `capture`; `call` fails the check instead).
        self.exception = exception

    def __repr__(self) -> str:
        return "Call(value=%s, stdout=%s, stderr=%s, exception=%s)" % (
            short_repr(self.value), short_repr(self.stdout), short_repr(self.stderr),
            short_repr(self.exception))


# -- reading learner files -----------------------------------------------------------------

def learner_path(path: Optional[str] = None) -> str:
    """The absolute path of the workspace file `path` (relative to the workspace); without
    `path`, of the milestone's first target file."""
    return active_session().workspace.resolve(target_path(path, "learner_path"))


def _read_learner_file(session: Session, path: str) -> tuple:
    """(absolute filename, bytes) of a workspace file; fails the check if it is missing."""
    filename = session.workspace.resolve(path)
    try:
        with open(filename, "rb") as source:
            return filename, source.read()
    except FileNotFoundError:
        raise CheckFailed("%s is not in your workspace" % path,
                          hint="Create the file %s in your workspace folder." % path) from None
    except OSError as error:
        raise CheckFailed("%s could not be read: %s" % (path, error.strerror or error)) from None


def _is_encoding_name_byte(byte: bytes) -> bool:
    return byte.isalnum() or byte in b"-_."


def declared_encoding(raw: bytes) -> Optional[str]:
    """The encoding a `# -*- coding: … -*-` comment on line 1 or 2 declares (PEP 263)."""
    for line in raw.split(b"\n", 2)[:2]:
        stripped = line.lstrip(b" \t\f")
        if not stripped.startswith(b"#"):
            if stripped.strip():
                return None
            continue
        index = stripped.find(b"coding")
        while index >= 0:
            if stripped[index + 6:index + 7] in (b":", b"="):
                name = stripped[index + 7:].lstrip(b" \t")
                end = 0
                while end < len(name) and _is_encoding_name_byte(name[end:end + 1]):
                    end += 1
                if end:
                    return name[:end].decode("ascii")
            index = stripped.find(b"coding", index + 1)
    return None


def _undecodable(path: str, raw: bytes) -> Optional[CheckFailed]:
    """A failure explaining why the source can't be read as text, or None if it can."""
    encoding = declared_encoding(raw) or "utf-8"
    try:
        raw.decode(encoding)
        return None
    except LookupError:
        from ._locations import Location

        return CheckFailed("%s declares an encoding Python does not know: %s" % (path, encoding),
                           hint=ENCODING_HINT, location=Location(path, 1, 0))
    except UnicodeDecodeError as error:
        from ._locations import Location

        before = raw[:error.start]
        line = before.count(b"\n") + 1
        line_start = before[before.rfind(b"\n") + 1:]
        column = len(line_start.decode(encoding, "replace"))
        message = "%s is not saved as %s: the byte 0x%02x on line %d can't be read" % (
            path, "UTF-8" if encoding == "utf-8" else encoding, raw[error.start], line)
        return CheckFailed(message, hint=ENCODING_HINT, location=Location(path, line, column))


def learner_source(path: Optional[str] = None) -> str:
    """The text of the workspace file `path` (default: the milestone's first target file),
    decoded as Python decodes source files."""
    session = active_session()
    path = target_path(path, "learner_source")
    filename, raw = _read_learner_file(session, path)
    problem = _undecodable(session.workspace.relative(filename), raw)
    if problem is not None:
        raise problem
    text = raw.decode(declared_encoding(raw) or "utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


# -- describing what learner code did ---------------------------------------------------------

def _exit_code_text(code: object) -> str:
    return "" if code is None else short_repr(code, MESSAGE_REPR_LIMIT)


# In a dict, so that it outlasts the sandbox putting this module's attributes back after a check.
MEMORY_LIMIT = {"mb": None}  # type: dict

MEMORY_HINT = ("Look for a list, string or dict that keeps growing, or a loop that builds far more "
               "than it needs; work through the data a piece at a time instead of all at once.")


def limit_memory(megabytes: int) -> bool:
    """Caps the memory the process can take for its data (heap and private mappings, not the
    program and libraries), so that a runaway allocation raises MemoryError on the line that
    made it. Linux only; elsewhere nothing is limited. Each thread's stack counts too."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import resource

        limit = megabytes * 1024 * 1024
        hard = resource.getrlimit(resource.RLIMIT_DATA)[1]
        if hard != resource.RLIM_INFINITY and hard < limit:
            limit = hard
        resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    except (ImportError, ValueError, OSError):
        return False
    MEMORY_LIMIT["mb"] = megabytes
    return True


def describe_learner_exception(error: BaseException, doing: Optional[str],
                               workspace_owns: Callable, relative: Callable,
                               stdin: object = None) -> tuple:
    """(message, hint) for an exception learner code raised while the check was `doing` it.

    `doing` reads like "calling add(1, 2)"; None when the check ran learner code directly.
    """
    during = " (%s)" % doing if doing else ""
    who = doing or "your code"
    if isinstance(error, SystemExit):
        return ("your code called sys.exit(%s) while being checked%s"
                % (_exit_code_text(error.code), during), EXIT_HINT)
    if isinstance(error, LearnerExit):
        return ("your code called os._exit(%s) while being checked%s"
                % (_exit_code_text(error.code), during), EXIT_HINT)
    if isinstance(error, KeyboardInterrupt):
        return "your code raised KeyboardInterrupt while being checked%s" % during, None
    if isinstance(error, MemoryError) and MEMORY_LIMIT["mb"] is not None:
        return ("your code used more than %d MB of memory%s" % (MEMORY_LIMIT["mb"], during),
                MEMORY_HINT)
    if isinstance(error, SyntaxError) and workspace_owns(error.filename):
        kind = "an indentation error" if isinstance(error, IndentationError) else "a syntax error"
        return ("%s has %s on line %s: %s (%s)" % (
            relative(error.filename), kind, error.lineno, error.msg, type(error).__name__), None)
    if isinstance(error, EOFError):
        if _safe_str(error) == NO_INPUT_MESSAGE:
            return ("%s asked for input, but this check does not type anything in" % who,
                    "Take the values as function parameters instead of calling input().")
        if isinstance(stdin, GivenInput):
            return ("%s read more input than the check typed in (%d line%s)" % (
                who, stdin.line_count, "" if stdin.line_count == 1 else "s"), None)
    detail = _safe_str(error)
    name = type(error).__name__
    return ("%s raised %s: %s" % (who, name, detail) if detail else "%s raised %s" % (who, name),
            None)


def _safe_str(error: BaseException) -> str:
    try:
        return str(error)
    except BaseException:
        return ""


def describe_call(fn: object, args: tuple, kwargs: dict) -> str:
    """`name(arg, key=value)` as the learner would write the call, shortened."""
    name = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None) or short_repr(fn, 40)
    parts = [short_repr(a, MESSAGE_REPR_LIMIT // 2) for a in args]
    parts += ["%s=%s" % (k, short_repr(v, MESSAGE_REPR_LIMIT // 2)) for k, v in kwargs.items()]
    text = ", ".join(parts)
    if len(text) > MESSAGE_REPR_LIMIT:
        text = text[:MESSAGE_REPR_LIMIT - 1] + "…"
    return "calling %s(%s)" % (name, text)


def _learner_failure(session: Session, error: BaseException, doing: str,
                     stdin: object = None, called: Optional[tuple] = None) -> LearnerCodeFailed:
    """The failure for `error`, raised while the check was `doing` something with learner code.

    `called` is `(fn, args, kwargs)` when the check called `fn`: an error raised at that call,
    before any learner line ran (a wrong number of arguments, a special method's wrong result),
    is then described in terms of the learner's function.
    """
    workspace = session.workspace
    if called is not None and isinstance(error, Exception):
        from ._locations import exception_location

        if exception_location(workspace, error) is None:
            from ._blame import explain

            fn, args, kwargs = called
            blame = explain(session, active_check(), error, fn, tuple(args) + tuple(
                kwargs.values()))
            if blame is not None:
                return LearnerCodeFailed(blame.message, error, blame.location, hint=blame.hint)
    message, hint = describe_learner_exception(error, doing, workspace.owns, workspace.relative,
                                               stdin)
    return LearnerCodeFailed(message, error, None, hint=hint)


# -- importing -------------------------------------------------------------------------------

def compile_learner_file(session: Session, path: str, doing: str) -> tuple:
    """(absolute filename, workspace-relative path, code object) of a learner file; a file
    that is missing, not text or not valid Python fails the check (`doing` it: "importing")."""
    filename, raw = _read_learner_file(session, path)
    path = session.workspace.relative(filename)
    problem = _undecodable(path, raw)
    if problem is not None:
        raise problem
    try:
        code = compile(raw, filename, "exec", dont_inherit=True)
    except SyntaxError as error:
        raise _learner_failure(session, error, "%s %s" % (doing, path)) from None
    except ValueError as error:  # e.g. null bytes in the file
        from ._locations import Location

        raise CheckFailed("%s can't be read as Python: %s" % (path, error),
                          location=Location(path, 1, 0)) from None
    return filename, path, code


def learner_module(path: Optional[str] = None) -> ModuleType:
    """Imports the workspace file `path` (default: the milestone's first target file) as a new
    module object (never a cached one)."""
    session = active_session()
    check = active_check()
    filename, path, code = compile_learner_file(session, target_path(path, "learner_module"),
                                                "importing")
    name = os.path.splitext(os.path.basename(filename))[0]
    module = _module_type(name)
    module.__file__ = filename
    module.__package__ = ""
    module.__spec__ = None
    _put_directory_on_path(os.path.dirname(filename))
    sys.argv = [filename]  # as if the learner had run `python <file>`
    previous = sys.modules.get(name)
    registered = previous is None or session.workspace.owns_module(previous)
    if registered:
        sys.modules[name] = module
    check.imported_files.append(path)
    try:
        exec(code, module.__dict__)
    except BaseException as error:
        if registered and sys.modules.get(name) is module:
            del sys.modules[name]
        raise _learner_failure(session, error, "importing %s" % path) from None
    return module


def _put_directory_on_path(directory: str) -> None:
    """Lets a learner file import its neighbours, as it can when run as a script."""
    if directory not in sys.path:
        sys.path.insert(1, directory)


# -- calling ---------------------------------------------------------------------------------

def _run_captured(fn: Callable, args: tuple, kwargs: dict, stdin: Optional[str]) -> tuple:
    """(Call, the stdin it read from): runs `fn` with stdin given and stdout/stderr captured."""
    session = active_session()
    check = active_check()
    if not callable(fn):
        raise TypeError("call() and capture() take a function, not %s" % type(fn).__name__)
    number = note_learner_call(check, fn) if session.workspace.defines(fn) else None
    given_stdin = make_stdin(stdin)
    sinks = check.recorder.open_call()
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin = given_stdin
    value = None
    raised = None
    try:
        value = fn(*args, **kwargs)
    except (CheckFailed, CheckSkipped, CheckError):
        raise  # learner_module (or the check itself) already decided how the check ends
    except BaseException as error:
        raised = error
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
        check.recorder.close_call(sinks)
    if number is not None and raised is None:
        note_learner_result(check, number, fn, value)
    return Call(value, sinks[0].text(), sinks[1].text(), raised), given_stdin


def call(fn: Callable, *args: Any, stdin: Optional[str] = None, **kwargs: Any) -> Call:
    """Calls learner code with its output captured; if it raises, the check fails there."""
    result, given_stdin = _run_captured(fn, args, kwargs, stdin)
    if result.exception is not None:
        raise _learner_failure(active_session(), result.exception,
                               describe_call(fn, args, kwargs), given_stdin,
                               (fn, args, kwargs)) from None
    return result


def capture(fn: Callable, *args: Any, stdin: Optional[str] = None, **kwargs: Any) -> Call:
    """Like `call`, but an exception is kept in `.exception` instead of failing the check."""
    return _run_captured(fn, args, kwargs, stdin)[0]
