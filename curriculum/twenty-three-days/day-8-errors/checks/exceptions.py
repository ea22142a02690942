"""Checks for the `exceptions` milestone: the exception family and error_context."""
import contextlib
import inspect
import logging

from pymastery import call, capture, expect, expect_equal, expect_in, fail, learner_module

CODE = "week2/day8/file_processor.py"


class _Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)


@contextlib.contextmanager
def _logged():
    """Collects what the learner logs to the "file_processor" logger."""
    log = logging.getLogger("file_processor")
    handler, level = _Records(), log.level
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)
    try:
        yield handler.records
    finally:
        log.removeHandler(handler)
        log.setLevel(level)


def _levels(records):
    return [record.levelname for record in records]


def check_family():
    """the exceptions share one base and keep where the problem is"""
    tool = learner_module(CODE)
    for name in ("ValidationError", "TransformError"):
        expect(issubclass(getattr(tool, name), tool.FileProcessingError),
               "%s must subclass FileProcessingError." % name, at=name)
    error = call(tool.ValidationError, "invalid line: 'x'", "data.csv", 7).value
    expect_equal((error.message, error.path, error.line_number), ("invalid line: 'x'", "data.csv", 7),
                 hint="Keep message, path and line_number as attributes.", at="FileProcessingError")
    text = call(str, error).value
    for part in ("data.csv", "7", "invalid line"):
        expect_in(part, text, hint="str(error) shows path:line, then the message.",
                  at="FileProcessingError")
    bare = call(tool.FileProcessingError, "disk on fire").value
    expect_equal((bare.path, bare.line_number), (None, None), at="FileProcessingError")
    expect_equal(call(str, bare).value.strip(": ").strip(), "disk on fire",
                 hint="Without a path, str(error) is just the message.", at="FileProcessingError")


def check_made_with_contextmanager():
    """error_context is a generator turned into a context manager"""
    tool = learner_module(CODE)
    inner = getattr(tool.error_context, "__wrapped__", None)
    expect(inner is not None and inspect.isgeneratorfunction(inner),
           "error_context is not made with @contextlib.contextmanager.",
           hint="Write it as a generator function with one yield inside try, and put "
                "@contextmanager above it.", at="error_context")


def check_wraps_other_errors():
    """other errors become a TransformError chained to the original"""
    tool = learner_module(CODE)

    def work():
        with tool.error_context("prices.txt", 12):
            int("twelve")

    with _logged() as records:
        outcome = capture(work)
    error = outcome.exception
    if not isinstance(error, tool.TransformError):
        fail("A ValueError inside error_context should come out as a TransformError, got %r." % (error,),
             hint="except Exception as error: raise TransformError(...) from error",
             at="error_context")
    expect_equal((error.path, error.line_number), ("prices.txt", 12), at="error_context")
    expect(isinstance(error.__cause__, ValueError),
           "The TransformError is not chained to the ValueError (its __cause__ is %r)." % (error.__cause__,),
           hint="Use raise ... from error, so the traceback shows both.", at="error_context")
    expect_in("ValueError", error.message, hint="Name the original error's type in the message.",
              at="error_context")
    expect_in("ERROR", _levels(records), hint="Log the problem with logger.error before raising.",
              at="error_context")


def check_lets_own_errors_through():
    """a FileProcessingError passes through unchanged"""
    tool = learner_module(CODE)
    original = tool.ValidationError("bad", "in.txt", 3)

    def work():
        with tool.error_context("in.txt", 3):
            raise original

    outcome = capture(work)
    expect(outcome.exception is original,
           "error_context replaced a ValidationError (got %r)." % (outcome.exception,),
           hint="Catch FileProcessingError first and re-raise it with a bare raise.",
           at="error_context")


def check_quiet_when_all_is_well():
    """a block without errors runs normally and logs nothing"""
    tool = learner_module(CODE)
    seen = []

    def work():
        with tool.error_context("in.txt", 1):
            seen.append("ran")
        return "done"

    with _logged() as records:
        expect_equal(call(work).value, "done", at="error_context")
    expect_equal((seen, _levels(records)), (["ran"], []), at="error_context")
