"""Checks for the `transaction-file` milestone: all or nothing."""
import contextlib
import logging
import os
import tempfile

from pymastery import call, capture, expect, expect_equal, expect_raises, learner_module

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


def _folder():
    return tempfile.mkdtemp(prefix="pm-tx-")


def check_commits_on_success():
    """a block that ends normally writes the file"""
    tool = learner_module(CODE)
    target = os.path.join(_folder(), "out.txt")

    def work():
        with tool.TransactionFile(target) as out:
            count = out.write("first\n")
            out.write("second\n")
            if os.path.exists(target):
                return "written too early"
        return count

    with _logged() as records:
        result = call(work).value
    expect(result != "written too early",
           "The file appeared before the with block ended.",
           hint="Keep the writes in a list until __exit__.", at="TransactionFile")
    expect_equal(result, 6, hint="write returns the number of characters.", at="TransactionFile")
    with open(target, encoding="utf-8") as handle:
        expect_equal(handle.read(), "first\nsecond\n", at="TransactionFile")
    expect("INFO" in _levels(records), "Log the commit at INFO level.", at="TransactionFile")


def check_rolls_back_on_error():
    """a block that raises leaves the old file as it was and the exception goes on"""
    tool = learner_module(CODE)
    folder = _folder()
    target = os.path.join(folder, "out.txt")
    with open(target, "w", encoding="utf-8") as handle:
        handle.write("old contents\n")

    def work():
        with tool.TransactionFile(target) as out:
            out.write("half of the new")
            raise KeyError("stop")

    with _logged() as records:
        outcome = capture(work)
    expect(isinstance(outcome.exception, KeyError),
           "The KeyError raised in the block should come out of it, got %r." % (outcome.exception,),
           hint="__exit__ must not return True: that would swallow the exception.",
           at="TransactionFile")
    with open(target, encoding="utf-8") as handle:
        expect_equal(handle.read(), "old contents\n", hint="On an error, do not touch the target.",
                     at="TransactionFile")
    expect_equal(sorted(os.listdir(folder)), ["out.txt"],
                 hint="No temporary file may be left behind.", at="TransactionFile")
    expect("WARNING" in _levels(records), "Log the rollback at WARNING level.", at="TransactionFile")


def check_new_file_not_created_on_error():
    """a failed block does not create the target at all"""
    tool = learner_module(CODE)
    folder = _folder()
    target = os.path.join(folder, "new.txt")

    def work():
        with tool.TransactionFile(target) as out:
            out.write("data")
            raise ValueError("nope")

    capture(work)
    expect_equal(os.listdir(folder), [], hint="Nothing at all is written when the block fails.",
                 at="TransactionFile")


def check_replaces_in_one_step():
    """the target is replaced, never appended to, and no temporary file remains"""
    tool = learner_module(CODE)
    folder = _folder()
    target = os.path.join(folder, "out.txt")
    for text in ("one\n", "two\n"):
        def work(text=text):
            with tool.TransactionFile(target) as out:
                out.write(text)
        call(work)
    with open(target, encoding="utf-8") as handle:
        expect_equal(handle.read(), "two\n", hint="Each transaction replaces the whole file.",
                     at="TransactionFile")
    expect_equal(os.listdir(folder), ["out.txt"],
                 hint="Write to a temporary file in the same folder, then os.replace it onto the "
                      "target; the temporary name disappears in that step.", at="TransactionFile")


def check_write_outside_the_block():
    """write outside the with block is a ValueError"""
    tool = learner_module(CODE)
    target = os.path.join(_folder(), "out.txt")
    tx = call(tool.TransactionFile, target).value
    expect_raises(ValueError, tx.write, "too soon", at="TransactionFile")
