"""Milestone 3: fixtures, set up on demand and torn down in reverse order."""
from __future__ import annotations

import inspect
from contextlib import ExitStack

MARK = "minitest_fixture"


class FixtureError(LookupError):
    """A test or fixture asked for a fixture that does not exist."""


def fixture(function):
    """Mark ``function`` as a fixture, and return it unchanged otherwise.

    A fixture is a function whose parameters name other fixtures. A plain function's return
    value is handed to the test; a generator function hands over what it yields first, and
    the code after its ``yield`` runs once the test is over (its teardown).
    """
    # Milestone 3
    raise NotImplementedError("fixture() is not written yet")


def is_fixture(obj) -> bool:
    """Whether ``obj`` was marked with ``@fixture``."""
    # Milestone 3
    raise NotImplementedError("is_fixture() is not written yet")


def call_with_fixtures(test, fixtures: dict, params=None):
    """Call ``test`` with an argument for each of its parameters and return what it returns.

    A parameter found in ``params`` gets that value; any other is the fixture of that name in
    ``fixtures`` (a dict of fixture functions by name), set up for this call, its own
    parameters resolved the same way. Each fixture is set up at most once per call. Every
    generator fixture is torn down after the test, in the reverse order of setup, whether the
    test passed or raised; then the test's exception, if any, goes on to the caller. A name
    found nowhere raises ``FixtureError`` naming it, before the test runs.
    """
    # Milestone 3: contextlib.ExitStack remembers the teardowns for you.
    raise NotImplementedError("call_with_fixtures() is not written yet")
