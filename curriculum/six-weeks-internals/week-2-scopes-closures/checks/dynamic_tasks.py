"""Checks for the `dynamic-tasks` milestone: tasks created in a loop keep their own values."""
from pymastery import call, expect_equal, learner_module


def check_one_task_per_name():
    """add_greeters registers hello-<name> for every name"""
    tool = learner_module()
    runner = tool.Runner()
    call(tool.add_greeters, runner, ["ada", "bob", "cy"])
    expect_equal(
        sorted(runner.tasks), ["hello-ada", "hello-bob", "hello-cy"],
        hint="Register one task per name with runner.task(..., name='hello-' + name).",
    )


def check_each_task_remembers_its_name():
    """each greeter greets its own name, not the last one"""
    tool = learner_module()
    runner = tool.Runner()
    call(tool.add_greeters, runner, ["ada", "bob", "cy"])
    for who in ("ada", "bob", "cy"):
        expect_equal(
            call(runner.tasks["hello-" + who]).value, "Hello, {}!".format(who),
            hint="If every task says 'Hello, cy!', the functions share one variable and read it "
                 "when they are called, after the loop has finished. Give each function its own "
                 "variable: create it inside a helper function that takes the name as a parameter.",
        )


def check_works_in_a_namespace():
    """greeters added to a namespace get its prefix"""
    tool = learner_module()
    runner = tool.Runner()
    team = call(runner.namespace, "team").value
    call(tool.add_greeters, team, ["lin"])
    expect_equal(sorted(runner.tasks), ["team.hello-lin"],
                 hint="Register through the runner you were given (runner.task), so its prefix applies.")
    expect_equal(call(runner.tasks["team.hello-lin"]).value, "Hello, lin!",
                 hint="The task returns 'Hello, <name>!' and needs no arguments.")
