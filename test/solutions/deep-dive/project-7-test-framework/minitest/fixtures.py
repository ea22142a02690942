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
    setattr(function, MARK, True)
    return function


def is_fixture(obj) -> bool:
    """Whether ``obj`` was marked with ``@fixture``."""
    return callable(obj) and getattr(obj, MARK, False) is True


def call_with_fixtures(test, fixtures: dict, params=None):
    """Call ``test`` with an argument for each of its parameters and return what it returns.

    A parameter found in ``params`` gets that value; any other is the fixture of that name in
    ``fixtures`` (a dict of fixture functions by name), set up for this call, its own
    parameters resolved the same way. Each fixture is set up at most once per call. Every
    generator fixture is torn down after the test, in the reverse order of setup, whether the
    test passed or raised; then the test's exception, if any, goes on to the caller. A name
    found nowhere raises ``FixtureError`` naming it, before the test runs.
    """
    params = dict(params or {})
    values = {}

    with ExitStack() as stack:

        def resolve(name):
            if name in params:
                return params[name]
            if name in values:
                return values[name]
            if name not in fixtures:
                raise FixtureError(f"unknown fixture '{name}'")
            function = fixtures[name]
            arguments = {arg: resolve(arg) for arg in inspect.signature(function).parameters}
            if inspect.isgeneratorfunction(function):
                generator = function(**arguments)
                value = next(generator)
                stack.callback(_finish, generator)
            else:
                value = function(**arguments)
            values[name] = value
            return value

        arguments = {name: resolve(name) for name in inspect.signature(test).parameters}
        return test(**arguments)


def _finish(generator):
    try:
        next(generator)
    except StopIteration:
        return
    raise RuntimeError(f"fixture {generator.__name__} yielded more than once")
