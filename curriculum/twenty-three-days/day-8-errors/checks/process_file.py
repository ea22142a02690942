"""Checks for the `process-file` milestone: the whole pipeline."""
import contextlib
import logging
import os
import tempfile

from pymastery import call, capture, expect, expect_equal, fail, learner_module

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


def _files(source_text, old_target=None):
    folder = tempfile.mkdtemp(prefix="pm-process-")
    source = os.path.join(folder, "in.txt")
    target = os.path.join(folder, "out.txt")
    with open(source, "w", encoding="utf-8") as handle:
        handle.write(source_text)
    if old_target is not None:
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(old_target)
    return folder, source, target


def _read(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def check_processes_every_line():
    """non-blank lines are transformed and counted"""
    tool = learner_module(CODE)
    _, source, target = _files("apple\n\n  \nbanana\ncherry\n")
    expect_equal(call(tool.process_file, source, target, str.upper).value, 3, at="process_file")
    expect_equal(_read(target), "APPLE\nBANANA\nCHERRY\n", at="process_file")


def check_validation_error_has_the_line():
    """a line that fails validation raises ValidationError with its number, and writes nothing"""
    tool = learner_module(CODE)
    _, source, target = _files("10\n\n20\nabc\n30\n", old_target="previous\n")
    with _logged() as records:
        outcome = capture(tool.process_file, source, target, str.strip, str.isdigit)
    error = outcome.exception
    if not isinstance(error, tool.ValidationError):
        fail("Line 4 ('abc') fails validation, so a ValidationError was expected, got %r." % (error,),
             at="process_file")
    expect_equal((error.line_number, os.path.basename(str(error.path))), (4, "in.txt"),
                 hint="Number lines from 1 with enumerate(..., start=1), blank ones included.",
                 at="process_file")
    expect_equal(_read(target), "previous\n",
                 hint="Write through TransactionFile so a failure leaves the old target alone.",
                 at="process_file")
    expect("ERROR" in _levels(records), "Log the error before raising it.", at="process_file")


def check_transform_error_is_chained():
    """a transform that raises becomes a TransformError chained to the cause"""
    tool = learner_module(CODE)
    _, source, target = _files("1\n2\nzero\n")

    def invert(line):
        return str(1 / int(line.replace("zero", "0")))

    outcome = capture(tool.process_file, source, target, invert)
    error = outcome.exception
    if not isinstance(error, tool.TransformError):
        fail("A ZeroDivisionError in the transform should become a TransformError, got %r." % (error,),
             hint="Run transform(line) inside error_context(source, number).", at="process_file")
    expect_equal(error.line_number, 3, at="process_file")
    expect(isinstance(error.__cause__, ZeroDivisionError), "Keep the ZeroDivisionError as the cause.",
           at="process_file")
    expect(not os.path.exists(target), "The target was created although the run failed.",
           at="process_file")


def check_missing_source():
    """a source that cannot be read raises FileProcessingError chained to the OSError"""
    tool = learner_module(CODE)
    folder = tempfile.mkdtemp(prefix="pm-process-")
    outcome = capture(tool.process_file, os.path.join(folder, "absent.txt"),
                      os.path.join(folder, "out.txt"), str.upper)
    error = outcome.exception
    if not isinstance(error, tool.FileProcessingError):
        fail("Reading a missing file should raise FileProcessingError, got %r." % (error,),
             hint="Catch OSError around the read and raise FileProcessingError(...) from it.",
             at="process_file")
    expect(isinstance(error.__cause__, OSError), "Chain the FileProcessingError to the OSError.",
           at="process_file")
    expect("absent.txt" in str(error.path), "The error should name the source file.", at="process_file")
