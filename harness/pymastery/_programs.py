"""Running a learner's script as a program: `python script.py args < stdin`, in-process.

The script runs in the harness's own interpreter, as `__main__`, rather than in a new process:
starting a Python for every run would cost tens of milliseconds each, and in-process the
harness's time limit, output caps, stdin handling, failure locations (the learner's line) and
helpers such as `fake_clock` apply unchanged. What a real process would do at its end is
reproduced: `sys.exit(n)` and `os._exit(n)` give the exit code n (`None` gives 0, any other
value is printed to stderr and gives 1), and everything the script changed in the interpreter
(`sys.argv`, `sys.path`, `sys.modules["__main__"]`, the working directory, the environment,
the standard streams) is put back afterwards. Modules of the learner's that the script imported
are forgotten again, so every run starts as fresh as a new process would.
"""
from __future__ import annotations

import builtins
import os
import sys

from ._capture import make_stdin
from ._failures import (
    CheckError,
    CheckFailed,
    CheckSkipped,
    LearnerExit,
    short_repr,
)
from ._learner import _learner_failure, compile_learner_file
from ._sandbox import _decode, _environment_snapshot
from ._session import active_check, active_session, target_path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Dict, Iterable, Optional

_module_type = type(sys)
_getcwd = os.getcwd
_chdir = os.chdir

NO_INPUT_HINT = (
    "This run of the program types nothing in, so it should not wait for input here: take the "
    "values from the command line (sys.argv) instead."
)


class ScriptRun:
    """What a program run with `run_script` did."""

    __slots__ = ("exit_code", "stdout", "stderr", "exception")

    def __init__(self, exit_code: int, stdout: str, stderr: str,
                 exception: Optional[BaseException] = None) -> None:
        #: The exit code: 0 when the script ended normally, else what it gave sys.exit/os._exit
        #: (1 for an uncaught exception, with `crash_ok=True`).
        self.exit_code = exit_code
        #: Everything it printed to stdout (capped, like `Call.stdout`).
        self.stdout = stdout
        #: Everything it printed to stderr (capped), tracebacks included.
        self.stderr = stderr
        #: The uncaught exception that ended it (only with `crash_ok=True`), else None.
        self.exception = exception

    def __repr__(self) -> str:
        return "ScriptRun(exit_code=%r, stdout=%s, stderr=%s)" % (
            self.exit_code, short_repr(self.stdout), short_repr(self.stderr))


def _quote(argument: str) -> str:
    """An argument as it would be typed in a shell, for messages."""
    if argument and all(c.isalnum() or c in "-_./=:,+@%" for c in argument):
        return argument
    return "'" + argument.replace("'", "'\"'\"'") + "'"


def command_line(path: str, argv: Iterable[str]) -> str:
    """`python cli.py --count 3`, as a learner would type it."""
    return " ".join(["python", _quote(path)] + [_quote(a) for a in argv])


def _arguments(argv: object) -> list:
    if isinstance(argv, (str, bytes)):
        raise CheckError("run_script() takes the command-line arguments as a list of strings, "
                         "such as [\"--count\", \"3\"], not one string")
    try:
        arguments = [os.fspath(a) if hasattr(a, "__fspath__") else a for a in argv]  # type: ignore
    except TypeError:
        raise CheckError("run_script() takes the command-line arguments as a list of strings, "
                         "not %s" % type(argv).__name__) from None
    for argument in arguments:
        if not isinstance(argument, str):
            raise CheckError("every command-line argument must be a str, not %s (%r)"
                             % (type(argument).__name__, argument))
    return arguments


def _exit_status(code: object, write_stderr: object) -> int:
    """The exit code a process gets from `sys.exit(code)`, printing the code if Python would."""
    if code is None:
        return 0
    if isinstance(code, int):
        return int(code)
    try:
        text = str(code)
    except BaseException:
        text = short_repr(code)
    write_stderr(text + "\n")  # type: ignore[operator]
    return 1


def _traceback_text(error: BaseException, code: object) -> str:
    """The traceback Python would print for an uncaught exception, starting at the script."""
    from ._stdlib import import_stdlib

    tb = error.__traceback__
    while tb is not None and tb.tb_frame.f_code is not code:
        tb = tb.tb_next
    if tb is None:
        tb = error.__traceback__
    traceback = import_stdlib("traceback")
    try:
        return "".join(traceback.format_exception(type(error), error, tb))
    except BaseException:
        return "%s: %s\n" % (type(error).__name__, short_repr(error))


def run_script(path: Optional[str] = None, argv: Iterable[str] = (), *,
               stdin: Optional[str] = None, cwd: object = None,
               env: Optional[Dict[str, Optional[str]]] = None,
               crash_ok: bool = False) -> ScriptRun:
    """Runs the workspace file `path` (default: the milestone's first target file) as a program,
    `python path *argv`, and returns its exit code and output.

    `stdin` is what is typed in (none: reading input fails at once); `cwd` a folder (relative to
    the workspace, or a `temp_folder`) to run in; `env` environment variables to set for the
    run (a value of None removes one). An uncaught exception fails the check at the learner's
    line, unless `crash_ok`: then the traceback goes to stderr and the exit code is 1.
    """
    session = active_session()
    check = active_check()
    arguments = _arguments(argv)
    path = target_path(path, "run_script")
    filename, relative, code = compile_learner_file(session, path, "running")
    command = command_line(relative, arguments)
    check.imported_files.append(relative)
    folder = None
    if cwd is not None:
        folder = os.fspath(cwd)  # type: ignore[call-overload]
        folder = session.workspace.resolve(folder) if not os.path.isabs(folder) else folder
        if not os.path.isdir(folder):
            raise CheckError("run_script(cwd=...) names a folder that does not exist: %s"
                             % folder)

    module = _module_type("__main__")
    module.__file__ = filename
    module.__package__ = None
    module.__spec__ = None
    module.__builtins__ = builtins  # type: ignore[attr-defined]
    given_stdin = make_stdin(stdin)
    recorder = check.recorder
    sinks = recorder.open_call()

    saved_streams = sys.stdin, sys.stdout, sys.stderr
    saved_argv = sys.argv
    saved_path = list(sys.path)
    saved_main = sys.modules.get("__main__")
    saved_cwd = _getcwd()
    saved_environ = _environment_snapshot()
    modules_before = set(sys.modules)
    exit_code = 0
    raised: Optional[BaseException] = None
    try:
        sys.argv = [filename] + arguments
        sys.path.insert(0, os.path.dirname(filename))
        sys.modules["__main__"] = module
        if folder is not None:
            _chdir(folder)
        for name, value in (env or {}).items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = str(value)
        sys.stdin = given_stdin
        try:
            exec(code, module.__dict__)
        except SystemExit as error:
            exit_code = _exit_status(error.code, lambda text: recorder.record(1, text))
        except LearnerExit as error:
            exit_code = _exit_status(error.code, lambda text: None)
        except (CheckFailed, CheckSkipped, CheckError):
            raise
        except BaseException as error:
            raised = error
            if crash_ok:
                recorder.record(1, _traceback_text(error, code))
                exit_code = 130 if isinstance(error, KeyboardInterrupt) else 1
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        recorder.close_call(sinks)
        sys.argv = saved_argv
        sys.path[:] = saved_path
        if saved_main is None:
            sys.modules.pop("__main__", None)
        else:
            sys.modules["__main__"] = saved_main
        if _getcwd() != saved_cwd:
            _chdir(saved_cwd)
        if _environment_snapshot() != saved_environ:
            os.environ.clear()
            os.environ.update({_decode(k): _decode(v) for k, v in saved_environ.items()})
        _forget_new_learner_modules(session, modules_before)
    if raised is not None and not crash_ok:
        failure = _learner_failure(session, raised, "running " + command, given_stdin)
        if isinstance(raised, EOFError) and stdin is None:
            failure.hint = NO_INPUT_HINT
        raise failure from None
    return ScriptRun(exit_code, sinks[0].text(), sinks[1].text(), raised)


def _forget_new_learner_modules(session: object, before: set) -> None:
    """Forgets the learner's modules a run imported, as the end of a process would."""
    owns_module = session.workspace.owns_module  # type: ignore[attr-defined]
    for name in [name for name in list(sys.modules) if name not in before]:
        if owns_module(sys.modules.get(name)):
            del sys.modules[name]
