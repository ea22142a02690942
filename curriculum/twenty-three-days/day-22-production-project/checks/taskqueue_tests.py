"""Checks for the `tests` milestone: test_taskqueue.py passes and catches broken versions of the
broker and the worker (week3/day22/test_taskqueue.py)."""
from pymastery import expect, fail
from pymastery import learner_tests

ROOT = "week3/day22/"
BROKER, WORKER = ROOT + "taskqueue/broker.py", ROOT + "taskqueue/worker.py"
TESTS = [ROOT + "test_taskqueue.py"]

_runs = {}


def _run(mutation=None, where=BROKER):
    if not learner_tests.has_pytest():
        fail("This check runs your tests with pytest, and this interpreter does not have it.",
             hint=learner_tests.PYTEST_HINT)
    if (mutation, where) not in _runs:
        _runs[(mutation, where)] = learner_tests.run_tests(TESTS, [BROKER, WORKER], mutation, mutated=where,
                                                           block_network=True)
    return _runs[(mutation, where)]


def check_tests_pass():
    """test_taskqueue.py has tests, and they pass on your code"""
    run = _run()
    learner_tests.require_tests(run, TESTS[0], hint="Write test_ functions that take the queue fixture.")
    learner_tests.expect_all_pass(run, "your taskqueue",
                                  hint="Your code passed its own checks, so a failing test expects the wrong thing. "
                                       "Run `python -m pytest` in week3/day22 to see the whole failure.")


BUGS = [
    ("fetch hands out the newest task first", BROKER, """
def mutate(broker):
    original = broker.TaskQueue.fetch
    def fetch(self, timeout=1.0):
        ids = self.client.lrange(self.queue_key, 0, -1)
        if len(ids) > 1:
            self.client.lrem(self.queue_key, 1, ids[0])
            self.client.rpush(self.queue_key, ids[0])
        return original(self, timeout)
    broker.TaskQueue.fetch = fetch
"""),
    ("a retried task is never queued again", BROKER, """
def mutate(broker):
    original = broker.TaskQueue.fail
    def fail(self, task_id, error, retry):
        original(self, task_id, error, retry)
        if retry:
            self.client.lrem(self.queue_key, 0, task_id)
    broker.TaskQueue.fail = fail
"""),
    ("complete forgets the result", BROKER, """
def mutate(broker):
    original = broker.TaskQueue.complete
    broker.TaskQueue.complete = lambda self, task_id, result: original(self, task_id, None)
"""),
    ("the worker never retries", WORKER, """
def mutate(worker):
    original = worker.Worker.run_once
    def run_once(self, timeout=1.0):
        saved, self.max_attempts = self.max_attempts, 1
        try:
            return original(self, timeout)
        finally:
            self.max_attempts = saved
    worker.Worker.run_once = run_once
"""),
]


def check_tests_catch_bugs():
    """your tests catch each of four planted bugs"""
    check_tests_pass()
    missed = [what for what, where, mutation in BUGS if not _run(mutation, where).caught]
    expect(not missed, "Every test still passed when %s." % "; and when ".join(missed),
           hint="Test the promises one by one: the order tasks come out in, the stored result, a task that fails "
                "once and then works, and one that never works.")
