"""Checks for the `logging-rotation` milestone (week5/logsetup.py)."""
import logging
import os
import uuid

from pymastery import call, capture, expect, expect_equal, learner_module, temp_folder


def _close(logger):
    for handler in list(logger.handlers):
        handler.close()
        logger.removeHandler(handler)


def check_writes_and_rotates():
    """make_logger writes INFO lines to app.log and rotates it into numbered backups"""
    module = learner_module()
    name = "week5-" + uuid.uuid4().hex[:8]
    with temp_folder() as folder:
        logger = call(module.make_logger, name, str(folder), 2000, 2).value
        try:
            logger.debug("too quiet to keep")
            for i in range(300):
                logger.info("line %03d of the rotation test", i)
        finally:
            _close(logger)
        files = sorted(os.listdir(str(folder)))
        expect_equal(files, ["app.log", "app.log.1", "app.log.2"],
                     hint="RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups) "
                          "renames app.log to app.log.1 when it is full and keeps `backups` of them.")
        for file_name in files:
            size = os.path.getsize(os.path.join(str(folder), file_name))
            expect(size <= 2000, f"{file_name} is {size} bytes; max_bytes was 2000.")
        with open(os.path.join(str(folder), "app.log"), encoding="utf-8") as handle:
            text = handle.read()
        expect(text.rstrip().endswith(f"INFO {name}: line 299 of the rotation test"),
               f"The last line of app.log is {text.rstrip().splitlines()[-1:]!r}; expected "
               f"'INFO {name}: line 299 of the rotation test'.",
               hint="Give the handler logging.Formatter(FORMAT).")
        expect("too quiet" not in text, "A DEBUG message was written; the level is INFO.",
               hint="logger.setLevel(logging.INFO).")


def check_no_duplicate_handlers():
    """calling make_logger twice does not write each line twice"""
    module = learner_module()
    name = "week5-" + uuid.uuid4().hex[:8]
    with temp_folder() as folder:
        call(module.make_logger, name, str(folder))
        logger = call(module.make_logger, name, str(folder)).value
        try:
            logger.info("only once")
        finally:
            _close(logger)
        with open(os.path.join(str(folder), "app.log"), encoding="utf-8") as handle:
            count = handle.read().count("only once")
        expect_equal(count, 1, "After two make_logger calls, one info() call wrote the line "
                               f"{count} times.",
                     hint="logging.getLogger(name) returns the same logger each time; add the "
                          "handler only when it has none yet.")


class _ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


def check_log_calls():
    """log_calls logs arguments and results, and logs exceptions with their traceback"""
    module = learner_module()
    logger = logging.getLogger("week5-calls-" + uuid.uuid4().hex[:8])
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    handler = _ListHandler()
    logger.addHandler(handler)

    def divide(a, b):
        return a / b

    wrapped = call(module.log_calls(logger), divide).value
    expect_equal(call(wrapped, 6, b=3).value, 2.0, hint="The wrapper must return the result.")
    expect_equal(wrapped.__name__, "divide", hint="Use functools.wraps(func) on the wrapper.")
    expect(handler.records and handler.records[-1].levelno == logging.INFO
           and "divide" in handler.records[-1].getMessage()
           and "2.0" in handler.records[-1].getMessage(),
           f"After divide(6, b=3) the log holds {[r.getMessage() for r in handler.records]}; "
           "expected an INFO line naming divide and its result 2.0.")
    result = capture(wrapped, 1, 0)
    expect(isinstance(result.exception, ZeroDivisionError),
           "divide(1, 0) through log_calls did not raise ZeroDivisionError; the exception must "
           "reach the caller.", hint="Log inside `except`, then `raise` again.")
    last = handler.records[-1]
    expect(last.levelno == logging.ERROR and last.exc_info is not None,
           "A call that raised was not logged at ERROR with its traceback.",
           hint="logger.exception(...) inside the except block logs at ERROR with exc_info.")
