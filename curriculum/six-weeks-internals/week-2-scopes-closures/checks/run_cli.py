"""Checks for the `run-cli` milestone: Runner.run, the command line itself."""
from pymastery import call, capture, expect, expect_equal, expect_in, expect_isinstance, learner_module


def multiply(a: int, b: int):
    """Multiply two numbers.

    The rest of this docstring is not shown in the list.
    """
    return a * b


def quiet():
    return None


def explode():
    """Fail loudly."""
    raise RuntimeError("boom")


def _runner(tool):
    runner = tool.Runner()
    call(runner.task, multiply)
    call(runner.task, quiet)
    call(runner.task, explode)
    register = call(call(runner.namespace, "db").value.task, name="ping").value
    call(register, lambda: "pong")
    return runner


def check_lists_tasks():
    """no arguments (or --list) lists the tasks in name order with their summaries"""
    tool = learner_module()
    runner = _runner(tool)
    for argv in ([], ["--list"]):
        result = call(runner.run, argv)
        expect_equal(result.value, 0, hint="Listing the tasks is a success: return 0.")
        lines = result.stdout.splitlines()
        expect(bool(lines) and lines[0].strip() == "Available tasks:",
               "the listing does not start with 'Available tasks:'",
               hint="Print 'Available tasks:' first.")
        names = [line.split()[0] for line in lines[1:] if line.strip()]
        expect_equal(names, ["db.ping", "explode", "multiply", "quiet"],
                     hint="One line per task, the name first, sorted by name.")
        expect_in("Multiply two numbers.", result.stdout,
                  hint="Show the first line of each task's docstring (inspect.getdoc helps).")
        expect("not shown" not in result.stdout, "the listing shows the whole docstring",
               hint="Only the first line of the docstring belongs in the list.")


def check_runs_a_task():
    """a task runs with its arguments and its result is printed"""
    tool = learner_module()
    runner = _runner(tool)
    result = call(runner.run, ["multiply", "6", "7"])
    expect_equal(result.value, 0, hint="Return 0 after the task ran.")
    expect_equal(result.stdout.strip(), "42",
                 hint="Parse the words with parse_task_args, call the task with **kwargs and print "
                      "the result.")
    result = call(runner.run, ["db.ping"])
    expect_equal(result.stdout.strip(), "pong", hint="Dotted names come from namespaces; look them up as they are.")


def check_none_is_not_printed():
    """a task that returns None prints nothing"""
    tool = learner_module()
    result = call(_runner(tool).run, ["quiet"])
    expect_equal(result.stdout, "", hint="Print the result only when it is not None.")
    expect_equal(result.value, 0, hint="Return 0.")


def check_user_errors():
    """an unknown task or a bad argument prints an error and returns 2"""
    tool = learner_module()
    runner = _runner(tool)
    for argv in (["nope"], ["multiply", "6"], ["multiply", "six", "7"]):
        outcome = capture(runner.run, argv)
        expect(outcome.exception is None,
               "run({!r}) raised {}".format(argv, type(outcome.exception).__name__),
               hint="Catch TaskError in run(), print 'error: <message>' to stderr and return 2. "
                    "An unknown task name is a TaskError too.")
        expect_equal(outcome.value, 2, message="run({!r}) returned {!r}".format(argv, outcome.value),
                     hint="Return 2 for a mistake on the command line.")
        expect_in("error:", outcome.stderr, hint="Print the message to sys.stderr, starting with 'error:'.")


def check_task_errors_propagate():
    """an error inside a task is not hidden"""
    tool = learner_module()
    outcome = capture(_runner(tool).run, ["explode"])
    expect_isinstance(
        outcome.exception, RuntimeError,
        hint="Catch only TaskError. A bug in a task should show its own traceback.",
    )
