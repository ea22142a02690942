"""Checks for the `test-greet` milestone: day0/test_hello.py.

A test is only worth having if it fails when the code is wrong. These checks
import the learner's test module with `hello.greet` replaced, first by a
correct greet and then by three broken ones, and run every test function.
"""
import inspect
import sys
import traceback
import types

from pymastery import capture, expect, learner_module, learner_path



# Stand-ins for day0/hello.py -------------------------------------------------

def _correct(name="world"):
    cleaned = name.strip() or "world"
    return "Hello, " + cleaned + "!"


def _returns_none(name="world"):
    print("Hello, " + (name.strip() or "world") + "!")


def _ignores_name(name="world"):
    return "Hello, world!"


def _no_tidying(name="world"):
    return "Hello, " + name + "!"


def _stand_in(greet):
    module = types.ModuleType("hello")
    module.greet = greet

    def main(argv=None):
        argv = sys.argv[1:] if argv is None else argv
        print(greet(argv[0]) if argv else greet())
        return 0

    module.main = main
    return module


def _looks_like_hello(value):
    name = getattr(value, "__name__", "")
    return isinstance(value, types.ModuleType) and (name == "hello" or name.endswith(".hello"))


def _load_tests(greet):
    """Import the learner's tests with `greet` standing in for hello.greet.

    Returns the list of (name, function) for every test function in the file.
    """
    fake = _stand_in(greet)
    for key in ("hello", "day0.hello"):
        sys.modules[key] = fake
    module = learner_module()
    # Names bound at import time (`from hello import greet`, `import hello`)
    # are re-pointed too, whatever the import system did.
    for name, value in list(vars(module).items()):
        if _looks_like_hello(value):
            setattr(module, name, fake)
        elif inspect.isfunction(value) and value.__name__ in ("greet", "main") \
                and str(getattr(value, "__module__", "")).split(".")[-1] == "hello":
            setattr(module, name, getattr(fake, value.__name__))
    return [
        (name, value)
        for name, value in vars(module).items()
        if name.startswith("test") and inspect.isfunction(value)
        and value.__module__ == module.__name__
    ]


def _runnable(fn):
    """True when a test takes no required arguments (no pytest fixtures)."""
    for param in inspect.signature(fn).parameters.values():
        if param.default is inspect.Parameter.empty and param.kind in (
                param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD, param.KEYWORD_ONLY):
            return False
    return True


def _run_with(greet):
    """Run the learner's tests against `greet`.

    Returns (tests, failures): failures holds (name, function, exception) per failing test.
    """
    folder = str(learner_path("day0"))
    saved_modules = {key: sys.modules.get(key) for key in ("hello", "day0.hello")}
    sys.path.insert(0, folder)
    try:
        tests = [(name, fn) for name, fn in _load_tests(greet) if _runnable(fn)]
        failures = []
        for name, fn in tests:
            outcome = capture(fn)
            if outcome.exception is not None:
                failures.append((name, fn, outcome.exception))
        return tests, failures
    finally:
        if folder in sys.path:
            sys.path.remove(folder)
        for key, value in saved_modules.items():
            if value is None:
                sys.modules.pop(key, None)
            else:
                sys.modules[key] = value


def _first(tests):
    """Where a failure should point: the first test function, if there is one."""
    return tests[0][1] if tests else None


def _describe(failures):
    """One line per failing test: its name, the learner line that failed, and the error."""
    parts = []
    for name, _, exc in failures:
        frames = traceback.extract_tb(exc.__traceback__)
        where = ""
        if frames and frames[-1].line:
            where = " (line {}: {})".format(frames[-1].lineno, frames[-1].line.strip())
        detail = str(exc).strip()
        parts.append("{} raised {}{}{}".format(
            name, type(exc).__name__, ": " + detail if detail else "", where))
    return "; ".join(parts)


def check_has_tests():
    """test_hello.py defines at least one test function"""
    tests, _ = _run_with(_correct)
    expect(
        len(tests) > 0,
        "No test functions found in day0/test_hello.py.",
        hint="pytest (and this check) collect top-level functions whose names start with test_ "
             "and that take no arguments, e.g. def test_greet_uses_the_name():",
    )


def check_passes_on_a_correct_greet():
    """every test passes when greet is correct"""
    tests, failures = _run_with(_correct)
    expect(
        not failures,
        "With a correct greet these tests failed: " + _describe(failures),
        hint="Compare your expected strings with the spec letter by letter: "
             "greet(\"Ada\") == \"Hello, Ada!\" and greet() == \"Hello, world!\".",
        at=failures[0][1] if failures else None,
    )


def check_catches_a_greet_that_returns_none():
    """the tests fail when greet prints instead of returning"""
    tests, failures = _run_with(_returns_none)
    expect(
        bool(tests) and bool(failures),
        "Every test still passed with a greet that prints its text and returns None.",
        hint="Assert on the value greet returns: assert greet(\"Ada\") == \"Hello, Ada!\". "
             "A test that only calls greet() without assert passes no matter what.",
        at=_first(tests),
    )


def check_catches_a_greet_that_ignores_the_name():
    """the tests fail when greet ignores the name"""
    tests, failures = _run_with(_ignores_name)
    expect(
        bool(tests) and bool(failures),
        "Every test still passed with a greet that always says \"Hello, world!\".",
        hint="Test with a real name, not only the default: a greet that ignores its argument "
             "still gets greet() right.",
        at=_first(tests),
    )


def check_catches_a_greet_that_skips_tidying():
    """the tests fail when greet does not strip or fall back"""
    tests, failures = _run_with(_no_tidying)
    expect(
        bool(tests) and bool(failures),
        "Every test still passed with a greet that uses the name exactly as given.",
        hint="Cover the edge cases too: assert what greet(\"   \") and greet(\"  Ada  \") return.",
        at=_first(tests),
    )
