"""Checks for the `task-decorator` milestone: registering tasks with @runner.task."""
from pymastery import call, capture, expect, expect_equal, expect_in, expect_isinstance, learner_module


def compile_assets():
    """Bundle the static files."""
    return "compiled"


def deploy():
    """Ship it."""
    return "deployed"


def check_bare_decorator():
    """@runner.task registers the function under its own name"""
    tool = learner_module()
    runner = tool.Runner()
    returned = call(runner.task, compile_assets).value
    expect(
        returned is compile_assets,
        "@runner.task gave back {!r} instead of the function itself".format(returned),
        hint="A registering decorator stores the function and returns it unchanged, so the "
             "name in the module still refers to the plain function.",
    )
    expect_in(
        "compile-assets", runner.tasks,
        hint="The default task name is the function's __name__ with '_' replaced by '-'.",
    )
    expect(runner.tasks["compile-assets"] is compile_assets,
           "runner.tasks['compile-assets'] is not the decorated function",
           hint="Store the function object itself in self.tasks.")


def check_decorator_with_options():
    """@runner.task(name=...) registers under the given name"""
    tool = learner_module()
    runner = tool.Runner()
    decorator = call(runner.task, name="ship-it").value
    expect(callable(decorator),
           "runner.task(name='ship-it') returned {!r}, not a decorator".format(decorator),
           hint="When task() is called without a function (func is None), return an inner "
                "function that takes the function and registers it.")
    returned = call(decorator, deploy).value
    expect(returned is deploy, "the decorator did not return the function itself",
           hint="The inner function must return the function it was given.")
    expect_equal(sorted(runner.tasks), ["ship-it"],
                 hint="With name= given, register under that name only.")
    empty_parens = call(runner.task).value
    expect(callable(empty_parens), "runner.task() with no arguments did not return a decorator",
           hint="@runner.task() with empty brackets should work like @runner.task.")
    call(empty_parens, compile_assets)
    expect_in("compile-assets", runner.tasks,
              hint="With no name given, fall back to the function's own name.")


def check_duplicates_rejected():
    """registering a taken name raises TaskError"""
    tool = learner_module()
    runner = tool.Runner()
    call(runner.task, deploy)
    outcome = capture(runner.task, deploy)
    expect_isinstance(
        outcome.exception, tool.TaskError,
        hint="Before storing, check whether the full name is already in self.tasks and raise "
             "TaskError if it is.",
    )


def check_runners_are_separate():
    """two runners keep separate task tables"""
    tool = learner_module()
    first, second = tool.Runner(), tool.Runner()
    call(first.task, deploy)
    expect_equal(
        sorted(second.tasks), [],
        hint="Register into self.tasks, the table of this runner, not a module-level dict.",
    )
    outcome = capture(second.task, deploy)
    expect(
        outcome.exception is None,
        "registering 'deploy' in a second runner raised {}".format(type(outcome.exception).__name__),
        hint="A name is only taken within one runner's table. Look for duplicates in self.tasks.",
    )
    expect_equal(sorted(second.tasks), ["deploy"], hint="The second runner gets its own entry.")
