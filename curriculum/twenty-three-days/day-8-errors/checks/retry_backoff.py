"""Checks for the `retry-backoff` milestone. time.sleep is a fake that records each wait."""
import contextlib
import logging

from pymastery import capture, expect, expect_equal, expect_raises, fail, fake_clock, learner_module


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


CODE = "week2/day8/file_processor.py"


class Flaky:
    def __init__(self, failures, error=ConnectionError):
        self.failures, self.error, self.calls = failures, error, 0

    def __call__(self):
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error("failure %d" % self.calls)
        return "data"


def _run(tool, operation, **options):
    clock = fake_clock(tool)
    with clock, _logged() as records:
        outcome = capture(tool.retry_with_backoff, operation, **options)
    return outcome, clock.sleeps, records


def check_backs_off_exponentially():
    """the waits double after each failure"""
    tool = learner_module(CODE)
    flaky = Flaky(3)
    outcome, sleeps, records = _run(tool, flaky, attempts=5, base_delay=0.5, factor=2.0)
    if outcome.exception is not None:
        fail("The fourth attempt should have worked, but the call raised %r." % (outcome.exception,),
             at="retry_with_backoff")
    expect_equal((outcome.value, flaky.calls), ("data", 4), at="retry_with_backoff")
    expect_equal(sleeps, [0.5, 1.0, 2.0],
                 hint="Start with base_delay and multiply the wait by factor after every failure. "
                      "A fixed wait is not a back-off.", at="retry_with_backoff")
    expect_equal(_levels(records).count("WARNING"), 3, hint="Log each retry at WARNING level.",
                 at="retry_with_backoff")


def check_waits_are_capped():
    """no wait is longer than max_delay"""
    tool = learner_module(CODE)
    flaky = Flaky(5)
    outcome, sleeps, _ = _run(tool, flaky, attempts=6, base_delay=1, factor=3, max_delay=5)
    expect_equal(sleeps, [1, 3, 5, 5, 5], hint="Use min(wait, max_delay).", at="retry_with_backoff")


def check_gives_up():
    """after the last attempt the last error is raised, with no wait after it"""
    tool = learner_module(CODE)
    flaky = Flaky(99, error=TimeoutError)
    outcome, sleeps, _ = _run(tool, flaky, attempts=3, base_delay=0.1, retry_on=(TimeoutError,))
    expect(isinstance(outcome.exception, TimeoutError),
           "After three failures the TimeoutError should be raised, got %r." % (outcome.exception,),
           at="retry_with_backoff")
    expect_equal(str(outcome.exception), "failure 3", hint="Re-raise the last attempt's error.",
                 at="retry_with_backoff")
    expect_equal((flaky.calls, len(sleeps)), (3, 2), hint="Three attempts, two waits between them.",
                 at="retry_with_backoff")


def check_other_errors_are_not_retried():
    """an exception outside retry_on is raised at once"""
    tool = learner_module(CODE)
    flaky = Flaky(1, error=ValueError)
    outcome, sleeps, _ = _run(tool, flaky, retry_on=(OSError,))
    expect(isinstance(outcome.exception, ValueError), "The ValueError should come straight out.",
           at="retry_with_backoff")
    expect_equal((flaky.calls, sleeps), (1, []), at="retry_with_backoff")


def check_defaults_and_bad_attempts():
    """defaults: 4 attempts from 0.5 s doubling, retrying OSError; attempts < 1 is refused"""
    tool = learner_module(CODE)
    flaky = Flaky(10, error=PermissionError)
    outcome, sleeps, _ = _run(tool, flaky)
    expect_equal((flaky.calls, sleeps), (4, [0.5, 1.0, 2.0]), at="retry_with_backoff")
    expect_raises(ValueError, tool.retry_with_backoff, Flaky(0), attempts=0, at="retry_with_backoff")
