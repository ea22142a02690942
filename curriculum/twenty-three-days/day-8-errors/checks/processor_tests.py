"""Checks for the `processor-tests` milestone: week2/day8/test_file_processor.py passes on the
learner's code and fails on copies where one error path is broken."""
from pymastery import learner_tests


TESTS = ["week2/day8/test_file_processor.py"]
CODE = ["week2/day8/file_processor.py"]

COMMITS_ON_ERROR = """
def mutate(tool):
    working = tool.TransactionFile.__exit__
    def __exit__(self, exc_type, exc, tb):
        working(self, None, None, None)
        return False
    tool.TransactionFile.__exit__ = __exit__
"""

SWALLOWS_ERRORS = """
def mutate(tool):
    working = tool.TransactionFile.__exit__
    def __exit__(self, exc_type, exc, tb):
        working(self, exc_type, exc, tb)
        return exc_type is not None
    tool.TransactionFile.__exit__ = __exit__
"""

IGNORES_VALIDATE = """
def mutate(tool):
    working = tool.process_file
    def process_file(source, target, transform, validate=None):
        return working(source, target, transform)
    tool.process_file = process_file
"""

LINE_NUMBERS_OFF = """
def mutate(tool):
    working = tool.process_file
    def process_file(*args, **kwargs):
        try:
            return working(*args, **kwargs)
        except tool.FileProcessingError as error:
            if error.line_number is not None:
                error.line_number += 1
            raise
    tool.process_file = process_file
"""

NOT_CHAINED = """
def mutate(tool):
    working = tool.process_file
    def process_file(*args, **kwargs):
        try:
            return working(*args, **kwargs)
        except tool.TransformError as error:
            error.__cause__ = None
            error.__suppress_context__ = True
            error.__context__ = None
            raise error from None
    tool.process_file = process_file
"""

FIXED_WAIT = """
def mutate(tool):
    working = tool.retry_with_backoff
    def retry_with_backoff(operation, **options):
        options["factor"] = 1.0
        return working(operation, **options)
    tool.retry_with_backoff = retry_with_backoff
"""

_runs = {}


def _run(mutation=None):
    if mutation not in _runs:
        _runs[mutation] = learner_tests.run_tests(TESTS, CODE, mutation)
    return _runs[mutation]


def _caught(mutation, broken, hint):
    helper = learner_tests
    helper.require_tests(_run(), TESTS[0], hint="Write test_ functions first.")
    helper.expect_caught(_run(mutation), broken, hint=hint)


def check_has_tests():
    """test_file_processor.py has tests that run"""
    run = _run()
    learner_tests.require_tests(run, TESTS[0], hint="Fill in the starter's tests.")
    if run.note:
        print(run.note)


def check_passes_on_your_code():
    """every test passes on your own file_processor.py"""
    helper = learner_tests
    helper.require_tests(_run(), TESTS[0], hint="Write test_ functions first.")
    helper.expect_all_pass(_run(), "your week2/day8/file_processor.py",
                           hint="Run the test file yourself to see the whole failure.")


def check_catches_commit_on_error():
    """the tests fail when a failed transaction still writes the file"""
    _caught(COMMITS_ON_ERROR, "TransactionFile wrote the file although the block raised",
            hint="Write a file, then raise inside a TransactionFile block for it, and assert the "
                 "old contents are still there.")


def check_catches_swallowed_errors():
    """the tests fail when TransactionFile swallows the exception"""
    _caught(SWALLOWS_ERRORS, "TransactionFile swallowed the exception raised in its block",
            hint="Use pytest.raises around a with block that raises, to prove the error comes out.")


def check_catches_ignored_validation():
    """the tests fail when process_file ignores validate"""
    _caught(IGNORES_VALIDATE, "process_file never called validate",
            hint="Give process_file a validate function that rejects one line, and assert "
                 "ValidationError.")


def check_catches_wrong_line_numbers():
    """the tests fail when errors point at the wrong line"""
    _caught(LINE_NUMBERS_OFF, "every error's line_number was one too high",
            hint="Assert on the line_number of the ValidationError or TransformError, with a "
                 "blank line before the bad one.")


def check_catches_lost_cause():
    """the tests fail when a TransformError loses its cause"""
    _caught(NOT_CHAINED, "the TransformError no longer had the original error as __cause__",
            hint="Assert that the TransformError's __cause__ is the original exception.")


def check_catches_fixed_waits():
    """the tests fail when the back-off never grows"""
    _caught(FIXED_WAIT, "retry_with_backoff waited the same time after every failure",
            hint="Replace time.sleep with a fake that records its argument (monkeypatch), and "
                 "assert the list of waits.")
