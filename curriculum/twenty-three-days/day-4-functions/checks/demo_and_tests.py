"""Checks for the `demo-and-tests` milestone: main.py shows every decorator at work, and
test_decorators.py passes on the learner's decorators and fails on broken copies."""
import ast
import runpy

from pymastery import call, expect, fail, fake_clock, learner_module, learner_path, learner_source
from pymastery import learner_tests


TESTS = ["week1/day4/test_decorators.py"]
CODE = ["week1/day4/decorators.py"]
MAIN = "week1/day4/main.py"
DECORATORS = ("timer", "retry", "memoize", "validate_types", "rate_limit")

NO_WRAPS = """
def mutate(tool):
    working = tool.timer
    def timer(func):
        timed = working(func)
        def plain(*args, **kwargs):
            return timed(*args, **kwargs)
        plain.last_elapsed = None
        return plain
    tool.timer = timer
"""

NO_RETRY = """
def mutate(tool):
    working = tool.retry
    def retry(max_attempts=3, delay=1.0, exceptions=(Exception,)):
        return working(max_attempts=1, delay=delay, exceptions=exceptions)
    tool.retry = retry
"""

NO_CACHE = """
import functools

def mutate(tool):
    def memoize(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs)
        wrapper.cache_clear = lambda: None
        return wrapper
    tool.memoize = memoize
"""

NO_VALIDATION = """
def mutate(tool):
    tool.validate_types = lambda func: func
"""

NO_LIMIT = """
def mutate(tool):
    def rate_limit(calls=5, period=1.0):
        return lambda func: func
    tool.rate_limit = rate_limit
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


def _decorators_used(tree):
    used = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for decorator in node.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                name = getattr(target, "id", None) or getattr(target, "attr", None)
                if name in DECORATORS:
                    used.add(name)
    return used


def check_main_uses_every_decorator():
    """main.py decorates functions with all five decorators"""
    try:
        tree = ast.parse(learner_source(MAIN))
    except SyntaxError as error:
        fail("main.py has a syntax error on line %s." % error.lineno)
    missing = [name for name in DECORATORS if name not in _decorators_used(tree)]
    expect(not missing, "main.py never uses @%s." % ", @".join(missing),
           hint="Write one small function per decorator above main() and put the decorator "
                "line on it, for example @retry(max_attempts=3, delay=0.1).", at="main")


def check_main_runs():
    """python week1/day4/main.py runs to the end"""
    tool = learner_module(CODE[0])
    clock = fake_clock(tool)
    with clock:
        result = call(runpy.run_path, learner_path(MAIN), run_name="__main__")
    expect(result.stdout.strip() != "", "main.py printed nothing.",
           hint="Print what each demo shows, e.g. the result of a retried call or the "
                "TypeError message you caught.", at="main")


def check_has_tests():
    """test_decorators.py has tests that run"""
    run = _run()
    learner_tests.require_tests(run, TESTS[0],
                                          hint="Fill in the starter's tests and add your own.")
    if run.note:
        print(run.note)


def check_passes_on_your_code():
    """every test passes on your own decorators.py"""
    helper = learner_tests
    helper.require_tests(_run(), TESTS[0], hint="Write test_ functions first.")
    helper.expect_all_pass(_run(), "your week1/day4/decorators.py",
                           hint="Run the test file yourself to see the failure in full.")


def check_catches_lost_metadata():
    """the tests fail when @timer loses the function's name"""
    _caught(NO_WRAPS, "@timer returned a wrapper without functools.wraps",
            hint="Assert that a timed function keeps its __name__ (and that last_elapsed is set "
                 "after a call).")


def check_catches_no_retry():
    """the tests fail when @retry never tries again"""
    _caught(NO_RETRY, "@retry made only one attempt",
            hint="Decorate a function that fails twice and then succeeds, and assert on the "
                 "result and the number of calls. Patch time.sleep so the test does not wait.")


def check_catches_no_cache():
    """the tests fail when @memoize caches nothing"""
    _caught(NO_CACHE, "@memoize called the function every time",
            hint="Count how often the decorated function really runs.")


def check_catches_no_validation():
    """the tests fail when @validate_types checks nothing"""
    _caught(NO_VALIDATION, "@validate_types let every argument through",
            hint="Assert that a call with a wrong type raises TypeError (pytest.raises).")


def check_catches_no_limit():
    """the tests fail when @rate_limit never refuses a call"""
    _caught(NO_LIMIT, "@rate_limit allowed every call",
            hint="Make one call more than the limit and assert RateLimitExceeded.")
