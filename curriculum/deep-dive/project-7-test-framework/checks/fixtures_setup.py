"""Milestone: fixtures with setup and teardown (minitest/fixtures.py)."""
from pymastery import call, capture, expect, expect_equal, expect_isinstance, learner_module


def _world(fixtures_module, trace):
    """A few fixtures that write what they do into `trace`."""
    fixture = fixtures_module.fixture

    @fixture
    def db():
        trace.append("db up")
        yield {"rows": []}
        trace.append("db down")

    @fixture
    def user(db):
        trace.append("user up")
        db["rows"].append("ada")
        yield "ada"
        trace.append("user down")

    @fixture
    def settings():
        trace.append("settings")
        return {"currency": "EUR"}

    @fixture
    def broken(db):
        trace.append("broken up")
        raise OSError("no disk")
        yield  # pragma: no cover

    return {"db": db, "user": user, "settings": settings, "broken": broken}


def check_marks_fixtures():
    """@fixture marks a function and gives it back unchanged"""
    fixtures = learner_module()

    def helper():
        return 7

    marked = call(fixtures.fixture, helper).value
    expect(marked is helper, "@fixture returned %r instead of the function itself" % (marked,),
           hint="Set an attribute on the function and return the same function.")
    expect_equal(marked(), 7)
    expect_equal(call(fixtures.is_fixture, helper).value, True)
    expect_equal(call(fixtures.is_fixture, lambda: 1).value, False,
                 hint="is_fixture looks for the mark @fixture left; a plain function has none.")
    expect_equal(call(fixtures.is_fixture, 42).value, False,
                 hint="Anything can be asked, not only functions: use getattr with a default.")


def check_injects_by_name():
    """A test gets each fixture's value by parameter name"""
    fixtures = learner_module()
    trace = []
    world = _world(fixtures, trace)

    def test(settings, db):
        trace.append("test")
        return settings["currency"], db

    result = call(fixtures.call_with_fixtures, test, world).value
    expect_equal(result, ("EUR", {"rows": []}),
                 hint="inspect.signature(test).parameters names what the test wants; a generator "
                      "fixture's value is what next() on it gives, a plain one's what it returns.")
    expect_equal(trace, ["settings", "db up", "test", "db down"],
                 hint="Set fixtures up in the order of the parameters, and after the test resume "
                      "each generator once more so its teardown runs.")


def check_fixtures_use_fixtures():
    """Fixtures can ask for fixtures; each is set up once and torn down in reverse order"""
    fixtures = learner_module()
    trace = []

    def test(user, db):
        trace.append("test sees %s" % db["rows"])

    call(fixtures.call_with_fixtures, test, _world(fixtures, trace))
    expect_equal(trace, ["db up", "user up", "test sees ['ada']", "user down", "db down"],
                 hint="Resolve a fixture's own parameters the same way (a recursive function), "
                      "remember each value by name so db is made once, and tear down last-in, "
                      "first-out: ExitStack.callback does that.")


def check_teardown_after_a_failure():
    """Teardown runs even when the test fails, and the failure reaches the caller"""
    fixtures = learner_module()
    trace = []

    def test(user):
        trace.append("test")
        assert False, "the test failed"

    outcome = capture(fixtures.call_with_fixtures, test, _world(fixtures, trace))
    expect_isinstance(outcome.exception, AssertionError,
                      hint="Don't catch the test's exception here: the runner needs to see it.")
    expect_equal(trace, ["db up", "user up", "test", "user down", "db down"],
                 hint="Run the teardowns in a finally block, or let a with ExitStack() do it.")


def check_teardown_after_a_broken_setup():
    """If a fixture fails to set up, the ones already set up are torn down and the test is skipped"""
    fixtures = learner_module()
    trace = []

    def test(broken):
        trace.append("test")

    outcome = capture(fixtures.call_with_fixtures, test, _world(fixtures, trace))
    expect_isinstance(outcome.exception, OSError)
    expect_equal(trace, ["db up", "broken up", "db down"],
                 hint="Register each teardown as soon as its fixture is up, inside the same with "
                      "block (or try/finally) that wraps the test.")


def check_unknown_fixture():
    """Asking for a fixture that doesn't exist raises FixtureError naming it"""
    fixtures = learner_module()
    trace = []

    def test(db, mystery):
        trace.append("test")

    outcome = capture(fixtures.call_with_fixtures, test, _world(fixtures, trace))
    expect_isinstance(outcome.exception, fixtures.FixtureError,
                      hint="Raise FixtureError when a name is neither in params nor in fixtures.")
    expect("mystery" in str(outcome.exception),
           "the error says %r; it should name the missing fixture" % str(outcome.exception))
    expect("test" not in trace, "the test ran although a fixture was missing")
    expect_equal(trace.count("db up"), trace.count("db down"),
                 hint="A fixture set up before the missing one must still be torn down.")


def check_params_and_fresh_setups():
    """Values in params come first, and every call sets its fixtures up afresh"""
    fixtures = learner_module()
    trace = []
    world = _world(fixtures, trace)

    def test(db, amount):
        db["rows"].append(amount)
        return len(db["rows"])

    first = call(fixtures.call_with_fixtures, test, world, {"amount": 3}).value
    second = call(fixtures.call_with_fixtures, test, world, {"amount": 4}).value
    expect_equal((first, second), (1, 1),
                 hint="Keep the values of one call in a dict made inside call_with_fixtures, "
                      "never in a module-level cache, so each test gets a fresh db.")
    expect_equal(call(fixtures.call_with_fixtures, test, world, {"amount": 1, "db": {"rows": [0]}}).value, 2,
                 hint="A name in params wins over a fixture of the same name.")
