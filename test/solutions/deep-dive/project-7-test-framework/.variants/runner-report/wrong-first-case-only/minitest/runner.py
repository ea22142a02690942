"""Milestone 4: run every test in a folder and print a report."""
from __future__ import annotations

import time
from collections import defaultdict

from minitest.collect import Outcome, collect, describe_error
from minitest.fixtures import call_with_fixtures, is_fixture
from minitest.params import expand

SYMBOLS = {"passed": "✓", "failed": "✗", "error": "!"}


def _fixtures_of(module) -> dict:
    return {name: obj for name, obj in vars(module).items() if is_fixture(obj)}


def _run_case(item, fixtures, params) -> Outcome:
    start = time.perf_counter()
    try:
        test = item.function if item.cls is None else getattr(item.cls(), item.function.__name__)
        call_with_fixtures(test, fixtures, params)
    except AssertionError as error:
        return Outcome("failed", describe_error(error), time.perf_counter() - start)
    except Exception as error:
        return Outcome("error", describe_error(error), time.perf_counter() - start)
    return Outcome("passed", "", time.perf_counter() - start)


def run(folder) -> dict:
    """Collect the tests under ``folder``, run them all, print the report, return the counts.

    Each test file's fixtures are the ``@fixture`` functions defined in it; a parametrized
    test runs once per case. The report names each file once, then one line per test:
    ``  ✓ test_add (0.001s)``, ``  ✗`` for a failure, ``  !`` for an error, each
    followed by the lines of its message indented by six spaces. After a blank line the last
    line counts them: ``3 passed, 1 failed, 2 errors in 0.012s`` (``1 error`` for one, kinds
    that did not happen left out, and ``no tests ran in 0.000s`` when there were none). Returns
    ``{"passed": 3, "failed": 1, "error": 1}`` with all three keys.
    """
    start = time.perf_counter()
    counts = {"passed": 0, "failed": 0, "error": 0}
    by_file = defaultdict(list)
    for item in collect(folder):
        by_file[item.file].append(item)
    for file, items in by_file.items():
        print(file)
        for item in items:
            fixtures = _fixtures_of(item.module)
            for suffix, params in expand(item.function)[:1]:
                outcome = _run_case(item, fixtures, params)
                counts[outcome.status] += 1
                print(f"  {SYMBOLS[outcome.status]} {item.name}{suffix} ({outcome.seconds:.3f}s)")
                for line in outcome.message.splitlines():
                    print("      " + line)
    words = {"passed": "passed", "failed": "failed",
             "error": "error" if counts["error"] == 1 else "errors"}
    parts = [f"{counts[kind]} {words[kind]}" for kind in ("passed", "failed", "error") if counts[kind]]
    print()
    print(f"{', '.join(parts) or 'no tests ran'} in {time.perf_counter() - start:.3f}s")
    return counts
