"""Checks for the `namespaces` milestone: dotted task names through nested runners."""
from pymastery import call, capture, expect, expect_equal, expect_isinstance, learner_module


def migrate():
    """Apply database migrations."""
    return "migrated"


def backup():
    """Copy the database somewhere safe."""
    return "backed up"


def check_prefixed_names():
    """a task added through a namespace is named '<namespace>.<task>'"""
    tool = learner_module()
    runner = tool.Runner()
    db = call(runner.namespace, "db").value
    expect_isinstance(db, tool.Runner, hint="namespace() returns a new Runner.")
    call(db.task, migrate)
    expect_equal(
        sorted(runner.tasks), ["db.migrate"],
        hint="Give the new runner the prefix 'db.' and the parent's own tasks dict, so what it "
             "registers lands in the parent's table under the dotted name.",
    )
    expect(runner.tasks["db.migrate"] is migrate, "the parent's entry is not the function itself",
           hint="Both runners must share one dict object, not copies.")


def check_named_tasks_in_namespace():
    """name= is prefixed too"""
    tool = learner_module()
    runner = tool.Runner()
    db = call(runner.namespace, "db").value
    call(call(db.task, name="save").value, backup)
    expect_equal(sorted(runner.tasks), ["db.save"],
                 hint="Put the prefix in front of the name you were given as well.")


def check_nesting():
    """namespaces nest: docs.api.<task>"""
    tool = learner_module()
    runner = tool.Runner()
    api = call(call(runner.namespace, "docs").value.namespace, "api").value
    call(api.task, backup)
    expect_equal(
        sorted(runner.tasks), ["docs.api.backup"],
        hint="A namespace of a namespace starts from its parent's prefix: self.prefix + name + '.'.",
    )


def check_duplicates_across_namespace_objects():
    """the same dotted name can't be registered twice"""
    tool = learner_module()
    runner = tool.Runner()
    call(call(runner.namespace, "db").value.task, migrate)
    again = call(runner.namespace, "db").value
    outcome = capture(again.task, migrate)
    expect_isinstance(
        outcome.exception, tool.TaskError,
        hint="Both 'db' runners share the parent's table, so the second registration finds "
             "'db.migrate' taken and raises TaskError.",
    )


def check_bad_names():
    """an empty or dotted namespace name raises TaskError"""
    tool = learner_module()
    runner = tool.Runner()
    for bad in ("", "a.b"):
        outcome = capture(runner.namespace, bad)
        expect_isinstance(
            outcome.exception, tool.TaskError,
            message="namespace({!r}) should raise TaskError".format(bad),
            hint="A dot inside a namespace name would make the dotted task names ambiguous. "
                 "Refuse it, and an empty name, before building the new runner.",
        )
