"""Checks for the `integration` milestone: conftest.py fixtures shared by the tests, an integration
test of Monitor with only the network faked, and tests that run at least 90% of the given code."""
from pymastery import expect, fail, learner_source
from pymastery import learner_tests
from pymastery.track import strategy_tests as day

INTEGRATION = ["week3/day17/tests/test_integration.py"]
# The coverage run leaves the hypothesis tests out (hundreds of examples under a line tracer take
# too long); the lines of the two pure functions they test are not counted either.
TESTED = ["week3/day17/tests/test_async.py", "week3/day17/tests/test_alerts.py",
          "week3/day17/tests/test_integration.py"]

ALERTS_AT_THRESHOLD = """
def mutate(alerts):
    working = alerts.Monitor._handle
    async def _handle(self, event):
        if event.value == self.threshold:
            self.threshold -= 1e-9
            try:
                return await working(self, event)
            finally:
                self.threshold += 1e-9
        return await working(self, event)
    alerts.Monitor._handle = _handle
"""

FAILED_ALERT_NOT_COUNTED = """
def mutate(alerts):
    async def _handle(self, event):
        if event.value <= self.threshold:
            self.metrics.record()
            return False
        try:
            self.alerts.append(self.client.send(event, "reading above threshold"))
        except alerts.AlertError:
            raise
        self.metrics.record()
        return True
    alerts.Monitor._handle = _handle
"""

RATE_FROM_ZERO = """
def mutate(realtime):
    def snapshot(self, queue_size=0):
        elapsed = self.clock()
        rate = round(self.processed / elapsed, 2) if elapsed > 0 else 0.0
        return {"processed": self.processed, "errors": self.errors, "events_per_sec": rate,
                "queue_size": queue_size}
    realtime.Metrics.snapshot = snapshot
"""


def check_tests_pass_offline():
    """test_integration.py passes with the network blocked"""
    result = day.passing(INTEGRATION, hint="Add tests to week3/day17/tests/test_integration.py.")
    if result.note:
        print(result.note)


def check_shares_fixtures():
    """at least two tests share a fixture from your conftest.py"""
    result = day.passing(INTEGRATION, hint="Add tests first.")
    users = {}
    for test in result.tests:
        for name in test.own_fixtures:
            users.setdefault(name, set()).add(test.function)
    shared = [name for name, tests in users.items() if len(tests) >= 2]
    expect(shared, "No fixture of yours is used by two or more tests in test_integration.py.",
           hint="In tests/conftest.py, write a function decorated with @pytest.fixture, for example a factory that "
                "returns a function making an async stream of events, and name it as a parameter of two tests.")


def check_catches_alerts_at_the_threshold():
    """the tests fail when a reading equal to the threshold raises an alert"""
    day.caught(INTEGRATION, ALERTS_AT_THRESHOLD, day.ALERTS, "Monitor alerted on a reading equal to the threshold",
               hint="Put a reading exactly at the threshold in the stream and check which alerts were sent.")


def check_catches_uncounted_failures():
    """the tests fail when an alert that could not be sent is not counted as an error"""
    day.caught(INTEGRATION, FAILED_ALERT_NOT_COUNTED, day.ALERTS, "Monitor did not count failed alerts",
               hint="Make the patched urlopen fail, run Monitor.watch, and assert the errors count in the summary.")


def check_catches_a_wrong_rate():
    """the tests fail when the rate is computed from the wrong start"""
    day.caught(INTEGRATION, RATE_FROM_ZERO, day.REALTIME, "Metrics counted the rate from time 0, not from its start",
               hint="Hand Metrics a clock of your own that starts at some time other than 0, move it on, and assert "
                    "events_per_sec.")


def _pure_function_lines(path):
    """The executable lines of moving_average and clamp, whose tests are the hypothesis ones."""
    import dis

    lines = set()
    stack = [compile(learner_source(path), path, "exec")]
    while stack:
        code = stack.pop()
        if code.co_name in ("moving_average", "clamp"):
            lines.update(line for _, line in dis.findlinestarts(code) if line)
        stack.extend(c for c in code.co_consts if hasattr(c, "co_code"))
    return lines


def check_coverage():
    """your async, alert and integration tests together run at least 90% of the given code"""
    result = day.run(TESTED, cover=tuple(day.GIVEN))
    learner_tests.require_tests(result, TESTED[-1], hint="Write the tests of the earlier milestones first.")
    total = ran = 0
    gaps = []
    for path, report in result.coverage.items():
        name = path.replace("\\", "/").split("/")[-1]
        skip = _pure_function_lines(day.REALTIME) if name == "realtime.py" else set()
        missing = [line for line in report["missing"] if line not in skip]
        size = report["total"] - len(skip)
        total += size
        ran += size - len(missing)
        if missing:
            gaps.append("%s lines %s" % (name, ", ".join(map(str, missing[:12]))))
    if not total:
        fail("The check could not measure which lines your tests ran.")
    share = 100.0 * ran / total
    expect(share >= 90, "Your tests ran %.0f%% of the lines of realtime.py and alerts.py; never reached: %s."
           % (share, "; ".join(gaps)), hint="Look at those lines: most are error branches. Write a test that makes each happen.")
