"""Checks for the `package-layout` milestone: pyproject.toml and the tests of week5/mathkit_pkg."""
from pymastery import expect, fail, learner_path, read_toml
from pymastery import learner_tests

ROOT = "week5/mathkit_pkg"
TESTS = [ROOT + "/tests/test_core.py"]
CODE = [ROOT + "/src/mathkit/core.py"]

SQUARES_ARE_PRIME = """
def mutate(core):
    working = core.is_prime
    def is_prime(n):
        root = int(n ** 0.5) if n > 0 else 0
        return True if n > 3 and root * root == n else working(n)
    core.is_prime = is_prime
"""

ONE_IS_PRIME = """
def mutate(core):
    working = core.is_prime
    core.is_prime = lambda n: True if n == 1 else working(n)
"""

GCD_NEGATIVE = """
def mutate(core):
    working = core.gcd
    core.gcd = lambda a, b: -working(a, b) if a < 0 or b < 0 else working(a, b)
"""


def _read(path):
    try:
        with open(learner_path(path), encoding="utf-8") as handle:
            return handle.read()
    except FileNotFoundError:
        fail(f"{path} is missing.")


def check_pyproject():
    """pyproject.toml declares the build system, the project and where the tests are"""
    data = read_toml(_read(ROOT + "/pyproject.toml"))
    build = data.get("build-system", {})
    expect(build.get("requires") and build.get("build-backend"),
           "pyproject.toml has no [build-system] with requires and build-backend.",
           hint='For setuptools: requires = ["setuptools>=61"], '
                'build-backend = "setuptools.build_meta".')
    project = data.get("project", {})
    expect(project.get("name") == "mathkit" and project.get("version")
           and project.get("requires-python"),
           f"[project] holds {sorted(project)}; it needs name = \"mathkit\", a version and "
           "requires-python.")
    pytest_options = data.get("tool", {}).get("pytest", {}).get("ini_options", {})
    expect(pytest_options.get("testpaths") == ["tests"],
           "[tool.pytest.ini_options] should set testpaths = [\"tests\"].")


_runs = {}


def _run(mutation=None):
    if mutation not in _runs:
        _runs[mutation] = learner_tests.run_tests(TESTS, CODE, mutation)
    return _runs[mutation]


def check_tests_pass_and_catch_bugs():
    """the package's tests pass, and fail when is_prime or gcd is broken"""
    run = _run()
    learner_tests.require_tests(run, TESTS[0], hint="Write test_ functions in tests/test_core.py.")
    learner_tests.expect_all_pass(run, "the package's core.py",
                                  hint="core.py works; a failing test expects the wrong thing.")
    learner_tests.expect_caught(_run(ONE_IS_PRIME), "is_prime(1) returned True",
                                hint="1 is not a prime; test it, and 0 too.")
    learner_tests.expect_caught(_run(SQUARES_ARE_PRIME), "is_prime called squares such as 49 prime",
                                hint="Test a square of a prime, such as 49.")
    learner_tests.expect_caught(_run(GCD_NEGATIVE), "gcd gave a negative answer for negative input",
                                hint="Test gcd with a negative argument: gcd(-12, 8) is 4.")
