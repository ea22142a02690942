"""The harness's main loop: load the check file, run each check, keep the results file current.

See docs/check-api.md for the command line and the results file this produces.
"""
from __future__ import annotations

import _thread
import faulthandler
import os
import sys
import time

from ._capture import OutputRecorder
from ._checkfile import (
    BrokenCheckFile,
    Check,
    compile_check_file,
    discover_checks,
    execute_check_file,
)
from ._failures import (
    AssertionFailed,
    CheckError,
    CheckFailed,
    CheckSkipped,
    ExpectedFailure,
    LearnerCodeFailed,
    LearnerExit,
)
from ._learner import describe_learner_exception, limit_memory
from ._reaper import stop_descendants
from ._results import CheckResult, Report, ResultsFile
from ._sandbox import Sandbox
from ._session import ACTIVE, CheckState, Session
from ._track import find_track_folder, install_track_helpers
from ._workspace import Workspace

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import CodeType, ModuleType
    from typing import List, Optional, Sequence, Tuple

    from ._locations import Location

EXIT_OK = 0
EXIT_HARNESS_FAILED = 1
EXIT_USAGE = 2

USAGE = ("usage: run_checks.py --milestone <check file> --workspace <dir> --results <file> "
         "[--timeout <seconds>] [--memory <MB>] [--target <workspace path>]... [--anchor <name>]")

BROKEN_CHECK_NOTE = "This is a problem in the course's checks, not in your code."
TIMEOUT_HINT = ("Look for a loop that never ends, or code that waits for something that never "
                "comes.")
LOADING_CHECK_NAME = "Loading your code"

# Taken at start, before any learner code can replace them.
_exit = os._exit
_perf_counter = time.perf_counter
_current_frames = sys._current_frames
_get_ident = _thread.get_ident
_real_stdout = sys.stdout
_real_stderr = sys.stderr


def _locations() -> ModuleType:
    """The location rules, imported only when a check fails or time runs out."""
    from . import _locations as module

    return module


def _blame() -> ModuleType:
    """Working out whether the learner's code caused a failure, imported only when one happens."""
    from . import _blame as module

    return module


class UsageError(Exception):
    """The command line is wrong: a harness problem, reported on stderr."""


class Options:
    """The parsed command line."""

    def __init__(self) -> None:
        self.milestone = ""
        self.workspace = ""
        self.results = ""
        self.timeout: Optional[float] = None
        self.memory_mb: Optional[int] = None
        self.targets: List[str] = []
        self.anchor: Optional[str] = None


def parse_arguments(argv: Sequence[str]) -> Options:
    """Reads `--name value` and `--name=value` options (see USAGE)."""
    options = Options()
    pending = list(argv)
    while pending:
        argument = pending.pop(0)
        name, equals, value = argument.partition("=")
        if not equals:
            if not pending:
                raise UsageError("%s needs a value" % argument)
            value = pending.pop(0)
        if name == "--milestone":
            options.milestone = os.path.abspath(value)
        elif name == "--workspace":
            options.workspace = os.path.abspath(value)
        elif name == "--results":
            options.results = os.path.abspath(value)
        elif name == "--timeout":
            try:
                options.timeout = float(value)
            except ValueError:
                raise UsageError("--timeout takes a number of seconds, not %r" % value) from None
            if not options.timeout > 0:
                raise UsageError("--timeout must be more than 0 seconds")
        elif name == "--memory":
            try:
                options.memory_mb = int(value)
            except ValueError:
                raise UsageError("--memory takes a whole number of megabytes, not %r" % value) from None
            if options.memory_mb < 1:
                raise UsageError("--memory must be at least 1 MB")
        elif name == "--target":
            options.targets.append(value.replace("\\", "/"))
        elif name == "--anchor":
            options.anchor = value or None
        else:
            raise UsageError("unknown option %s" % name)
    for required in ("milestone", "workspace", "results"):
        if not getattr(options, required):
            raise UsageError("--%s is required" % required)
    if not os.path.isdir(os.path.dirname(options.results)):
        raise UsageError("the folder for --results does not exist: %s"
                         % os.path.dirname(options.results))
    return options


class HarnessRun:
    """One run of one check file against one workspace."""

    def __init__(self, options: Options, started: float,
                 learner_dont_write_bytecode: bool = False) -> None:
        self.options = options
        self.learner_dont_write_bytecode = learner_dont_write_bytecode
        self.started = started
        self.report = Report()
        self.results = ResultsFile(options.results)
        self.track_folder = find_track_folder(options.milestone)
        harness_folder = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        not_learner = [options.milestone, harness_folder]
        if self.track_folder is not None and not _contains(self.track_folder, options.workspace):
            # a track in the workspace (.pymastery/curriculum/<track>): its checks and helpers
            # are course code, not the learner's
            not_learner.append(self.track_folder)
        self.workspace = Workspace(options.workspace, not_learner=not_learner)
        self.session = Session(self.workspace, self._workspace_targets(), options.anchor,
                               scratch=os.path.dirname(options.results))
        self.sandbox: Optional[Sandbox] = None
        self._lock = _thread.allocate_lock()
        self._running: Optional[Tuple[CheckResult, CheckState, float]] = None
        self._finished = False
        self._main_thread = _get_ident()
        self._fault_file: object = None
        self._watchdog: object = None

    def _workspace_targets(self) -> List[str]:
        targets = []
        for target in self.options.targets:
            if os.path.isabs(target):
                target = self.workspace.relative(target)
            targets.append(target)
        return targets

    # -- writing results ------------------------------------------------------------------------

    def _elapsed_ms(self) -> float:
        return (_perf_counter() - self.started) * 1000.0

    def _write_locked(self, complete: bool) -> None:
        self.results.write(self.report.document(self._elapsed_ms(), complete))

    def write(self, complete: bool) -> None:
        with self._lock:
            if not self._finished:
                self._write_locked(complete)
                self._finished = complete

    # -- the run ----------------------------------------------------------------------------------

    def execute(self) -> int:
        """Runs every check; returns the process's exit code."""
        self._detach_stdin()
        self._watch_for_crashes()
        if self.options.memory_mb is not None:
            limit_memory(self.options.memory_mb)
        self.write(complete=False)
        try:
            code = compile_check_file(self.options.milestone)
        except BrokenCheckFile as broken:
            self._report_broken(str(broken))
            return self._finish()
        if not os.path.isdir(self.workspace.root):
            self._report_broken("the workspace folder %s does not exist" % self.workspace.root,
                                note=False)
            return self._finish()
        self._enter_workspace()
        loaded = self._load(code)
        if loaded is None:
            return self._finish()
        module, checks, reload_each_check = loaded
        if not checks:
            self._report_broken("the check file defines no checks (no check_ or test_ "
                                "functions and no unittest.TestCase classes)")
            return self._finish()
        last = checks[-1]
        for check in checks:
            # the final write follows the last check at once
            self._run_check(check, module, code if reload_each_check else None,
                            write=check is not last)
        return self._finish()

    def _detach_stdin(self) -> None:
        """Points file descriptor 0 at the null device, so nothing can wait for a keyboard."""
        try:
            null = os.open(os.devnull, os.O_RDONLY)
        except OSError:
            return
        try:
            os.dup2(null, 0)
        except OSError:
            pass
        finally:
            os.close(null)

    def _watch_for_crashes(self) -> None:
        """Keeps a fault log beside the results for crashes and hangs the watchdog can't catch."""
        timeout = self.options.timeout
        try:
            self._fault_file = open(self.options.results + ".fault", "w", encoding="utf-8")
        except OSError:
            return
        faulthandler.enable(file=self._fault_file, all_threads=True)
        if timeout is not None:
            # After the runner has killed the processes below (at +0.2 s) and before it kills this one
            # (at +0.8 s): see CheckRunner.
            faulthandler.dump_traceback_later(timeout + 0.5, exit=True, file=self._fault_file)
            watchdog = _thread.allocate_lock()
            watchdog.acquire()
            self._watchdog = watchdog
            _thread.start_new_thread(self._watch_the_clock, (watchdog, timeout))

    def _enter_workspace(self) -> None:
        """Puts the workspace first on sys.path and makes it the working directory."""
        root = self.workspace.root
        if sys.path[:1] != [root]:
            sys.path.insert(0, root)
        os.chdir(root)
        install_track_helpers(self.track_folder)
        ACTIVE.session = self.session
        self.sandbox = Sandbox(self.workspace, self.learner_dont_write_bytecode)

    def _load(self, code: CodeType) -> Optional[Tuple[ModuleType, List[Check], bool]]:
        """Runs the check file once to find its checks; None if that failed (already reported)."""
        result = CheckResult(LOADING_CHECK_NAME)
        state = self._begin(result)
        try:
            module = execute_check_file(code, self.options.milestone)
            reload_each_check = any(
                self.workspace.owns_module(m) for m in list(sys.modules.values()))
        except BaseException as error:
            self._keep_learner_modules(state)
            self._end_sandbox()
            state.run_cleanups()
            if isinstance(error, CheckError):
                self._drop_running()
                self._report_broken(str(error))
            elif (self._caused_by_learner(error) or isinstance(error, CheckFailed)
                    or (not isinstance(error, AssertionError)
                        and self._explain(state, error) is not None)):
                self._judge(result, state, error)
                self._record(result, state)
            else:
                self._drop_running()
                self._report_broken("the check file could not be loaded: %s"
                                    % _exception_text(error))
            return None
        self._end_sandbox()
        state.run_cleanups()
        self._drop_running()
        return module, discover_checks(module), reload_each_check

    def _begin(self, result: CheckResult) -> CheckState:
        state = CheckState(OutputRecorder())
        ACTIVE.session = self.session
        self.session.check = state
        with self._lock:
            self._running = (result, state, _perf_counter())
        self._sandbox().enter(state.recorder)
        return state

    def _sandbox(self) -> Sandbox:
        if self.sandbox is None:
            raise RuntimeError("learner code runs only after the harness entered the workspace")
        return self.sandbox

    def _end_sandbox(self) -> None:
        self._sandbox().leave()
        ACTIVE.session = self.session

    def _keep_learner_modules(self, state: CheckState) -> None:
        """Notes the learner's modules before the sandbox forgets them, to judge a failure."""
        owns_module = self.workspace.owns_module
        try:
            state.learner_modules = [m for m in list(sys.modules.values()) if owns_module(m)]
        except Exception:
            state.learner_modules = []

    def _drop_running(self) -> None:
        with self._lock:
            self._running = None
        self.session.check = None

    def _record(self, result: CheckResult, state: CheckState, write: bool = True) -> None:
        with self._lock:
            running = self._running
            if running is not None:
                result.duration_ms = (_perf_counter() - running[2]) * 1000.0
            result.output = state.recorder.check_output.text()
            self._running = None
            self.report.checks.append(result)
            if write and not self._finished:
                self._write_locked(complete=False)
        self.session.check = None

    def _run_check(self, check: Check, module: ModuleType, fresh_code: Optional[CodeType],
                   write: bool = True) -> None:
        """Runs one check; with `fresh_code`, first re-runs the check file so that the learner
        modules it imports at its top are imported fresh for this check too."""
        result = CheckResult(check.name)
        state = self._begin(result)
        problem = None
        try:
            if fresh_code is not None:
                module = execute_check_file(fresh_code, self.options.milestone)
            target = check.target(module)
            if check.class_name is not None:
                from ._testcases import run_test_method

                run_test_method(target, check.function_name)  # type: ignore[arg-type]
            elif check.pytest_case is not None:
                _run_pytest_style(target, check.function_name, check.pytest_case)
            else:
                _run_check_function(target, check.function_name)
        except BaseException as error:
            problem = error
            self._keep_learner_modules(state)
        self._end_sandbox()
        state.run_cleanups()
        self._judge(result, state, problem)
        self._record(result, state, write)

    def _finish(self) -> int:
        self.write(complete=True)
        return EXIT_OK

    def _report_broken(self, message: str, note: bool = True) -> None:
        """Reports that the checks could not run at all, as one check with status error."""
        result = CheckResult("Loading the checks", "error")
        result.message = "%s. %s" % (message, BROKEN_CHECK_NOTE) if note else message
        with self._lock:
            self.report.checks.append(result)

    # -- judging a check --------------------------------------------------------------------------

    def _caused_by_learner(self, problem: BaseException) -> bool:
        """Whether an exception that escaped a check comes from the learner's code."""
        if isinstance(problem, (SystemExit, KeyboardInterrupt, LearnerExit)):
            return True
        if _locations().exception_location(self.workspace, problem) is not None:
            return True
        return isinstance(problem, ImportError) and self._missing_learner_code(problem)

    def _missing_learner_code(self, problem: ImportError) -> bool:
        """An import in the check file that failed because the learner's file or name is missing."""
        return bool(_blame().is_missing_learner_import(self.session, problem))

    def _explain(self, state: CheckState, problem: BaseException) -> object:
        """The learner's part in an exception raised outside their code (a `Blame`), or None."""
        explained = state.explained
        if explained is not None and explained[0] is problem:
            return explained[1]
        try:
            blame = _blame().explain(self.session, state, problem)
        except Exception:
            blame = None
        state.explained = (problem, blame)
        return blame

    def _fallback_location(self, state: CheckState, at: object = None) -> Optional[Location]:
        """Rules 3 and 4: `at=`, the learner function last called, the anchor, a file start."""
        rules = _locations()
        workspace = self.workspace
        targets = self.session.targets
        location = None
        if isinstance(at, str):
            location = rules.anchor_location(workspace, targets, at)
        elif at is not None:
            location = rules.definition_location(workspace, at)
        if location is None and state.last_target is not None:
            location = rules.definition_location(workspace, state.last_target)
        if location is None:
            location = rules.anchor_location(workspace, targets, self.session.anchor)
        if location is None and state.imported_files:
            location = rules.Location(state.imported_files[-1], 1, 0)
        return location

    def _judge(self, result: CheckResult, state: CheckState,
               problem: Optional[BaseException]) -> None:
        """Sets the check's status, message and location from how it ended."""
        if problem is None:
            result.status = "pass"
            return
        workspace = self.workspace
        if isinstance(problem, CheckSkipped):
            result.status = "skip"
            result.message = str(problem)
            return
        if isinstance(problem, ExpectedFailure):
            result.status = "pass"
            result.message = str(problem)
            return
        if isinstance(problem, CheckFailed):
            result.status = "fail"
            result.message, result.hint = problem.message, problem.hint
            result.expected, result.actual = problem.expected, problem.actual
            result.location = problem.location
            if result.location is None and isinstance(problem, LearnerCodeFailed):
                result.location = _locations().exception_location(workspace, problem.original)
            if result.location is None:
                result.location = self._fallback_location(state, problem.at)
            return
        if isinstance(problem, CheckError):
            result.status = "error"
            result.message = "%s. %s" % (problem, BROKEN_CHECK_NOTE)
            return
        if self._caused_by_learner(problem):
            result.status = "fail"
            location = _locations().exception_location(workspace, problem)
            if isinstance(problem, ImportError) and self._missing_learner_code(problem):
                result.message, result.hint, missing_at = _blame().describe_missing_import(
                    self.session, problem)
                location = location or missing_at
            else:
                result.message, result.hint = describe_learner_exception(
                    problem, None, workspace.owns, workspace.relative)
            result.location = location or self._fallback_location(state)
            return
        if isinstance(problem, AssertionError):
            result.status = "fail"
            result.message = str(problem) or "an assertion in the check failed"
            if isinstance(problem, AssertionFailed):
                result.expected, result.actual = problem.expected, problem.actual
            result.location = self._fallback_location(state)
            return
        blame = self._explain(state, problem)
        if blame is not None:
            result.status = "fail"
            result.message, result.hint = blame.message, blame.hint  # type: ignore[attr-defined]
            result.location = (blame.location  # type: ignore[attr-defined]
                               or self._fallback_location(state))
            return
        result.status = "error"
        result.message = "the check itself stopped with %s. %s" % (_exception_text(problem),
                                                                   BROKEN_CHECK_NOTE)
        result.location = self._fallback_location(state)

    # -- the time limit ---------------------------------------------------------------------------

    def _watch_the_clock(self, stop: object, timeout: float) -> None:
        """Runs on its own thread: when time runs out, reports where the learner's code was."""
        remaining = timeout - (_perf_counter() - self.started)
        if stop.acquire(True, max(remaining, 0.0)):  # type: ignore[attr-defined]
            return
        if not self._lock.acquire(True, 5.0):
            return
        if self._finished:
            self._lock.release()
            return
        try:
            if self.sandbox is not None:
                self.sandbox.restore_namespaces()
            self.report.timed_out = True
            running = self._running
            if running is not None:
                result, state, check_started = running
                _remove_temp_folders(state)
                frame = _current_frames().get(self._main_thread)
                location = _locations().frame_location(self.workspace, frame)
                result.status = "error"
                result.message = "the time limit of %s ran out while %s" % (
                    _seconds(timeout),
                    "your code was running" if location is not None else "the check was running")
                result.hint = TIMEOUT_HINT
                result.location = location or self._fallback_location(state)
                result.output = state.recorder.check_output.text()
                result.duration_ms = (_perf_counter() - check_started) * 1000.0
                self.report.checks.append(result)
            self._write_locked(complete=True)
            self._finished = True
        except BaseException:
            pass
        end_process(EXIT_OK)

    def stop_watchdog(self) -> None:
        """Tells the watchdog thread the run is over."""
        if self._watchdog is not None:
            self._watchdog.release()  # type: ignore[attr-defined]


def _run_check_function(function: object, name: str) -> None:
    code = getattr(function, "__code__", None)
    if code is not None:
        defaults = len(getattr(function, "__defaults__", None) or ())
        kw_defaults = getattr(function, "__kwdefaults__", None) or {}
        required = code.co_argcount - defaults + code.co_kwonlyargcount - len(kw_defaults)
        if required > 0:
            raise CheckError("%s takes arguments (pytest fixtures?), which the harness "
                             "does not provide" % name)
    outcome = function()  # type: ignore[operator]
    if hasattr(outcome, "__await__") or hasattr(outcome, "__next__"):
        close = getattr(outcome, "close", None)
        if close is not None:
            close()
        raise CheckError("%s is a generator or coroutine; checks must be plain functions"
                         % name)


def _run_pytest_style(function: object, name: str, case: int) -> None:
    """Runs one case of a test in a check file that imports pytest (fixtures, marks, …)."""
    from ._pytest_compat import CannotRun, run_test

    try:
        run_test(function, name, case)
    except CannotRun as problem:
        raise CheckError(str(problem)) from None


def _contains(folder: str, path: str) -> bool:
    """Whether `path` is `folder` or lies inside it."""
    folder = os.path.normcase(os.path.abspath(folder))
    path = os.path.normcase(os.path.abspath(path))
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _remove_temp_folders(state: CheckState) -> None:
    """Removes the running check's temporary folders before a timed-out run ends the process."""
    if state.temp_folders:
        from ._folders import remove_tree

        for folder in list(state.temp_folders):
            remove_tree(folder)


def _exception_text(error: BaseException) -> str:
    try:
        detail = str(error)
    except BaseException:
        detail = ""
    name = type(error).__name__
    return "%s: %s" % (name, detail) if detail else name


def _seconds(value: float) -> str:
    """'1 second', '2 seconds', '0.5 seconds'."""
    return "1 second" if value == 1 else "%g seconds" % value


def end_process(code: int) -> None:
    """Ends the process at once: learner threads and atexit handlers must not hold it up.
    Every process the learner's code started, even one that left the process group, goes first."""
    try:
        stop_descendants()
    except BaseException:
        pass
    for stream in (_real_stdout, _real_stderr):
        try:
            stream.flush()
        except BaseException:
            pass
    _exit(code)


def run(argv: Sequence[str], learner_dont_write_bytecode: bool = False) -> int:
    """Runs the harness with command-line arguments `argv`; returns the exit code.

    `learner_dont_write_bytecode` is the learner's `sys.dont_write_bytecode`, restored while
    their code runs (the harness itself may cache its own bytecode).
    """
    started = _perf_counter()
    try:
        options = parse_arguments(argv)
    except UsageError as error:
        _real_stderr.write("run_checks.py: %s\n%s\n" % (error, USAGE))
        return EXIT_USAGE
    harness_run = HarnessRun(options, started, learner_dont_write_bytecode)
    try:
        code = harness_run.execute()
    except BaseException as error:
        _real_stderr.write("run_checks.py: the harness failed: %s\n" % _exception_text(error))
        if harness_run.sandbox is not None:
            harness_run.sandbox.restore_namespaces()
        failure = CheckResult("Running the checks", "error")
        failure.message = "the harness itself failed: %s" % _exception_text(error)
        harness_run.report.checks.append(failure)
        harness_run.write(complete=True)
        return EXIT_HARNESS_FAILED
    harness_run.stop_watchdog()
    return code
