"""Week 2: taskrun, a small task runner in the spirit of invoke.

Tasks are plain functions registered with a decorator. From a terminal in your
workspace folder, once the milestones are done:

    python internals/week2/taskrun.py
    python internals/week2/taskrun.py greet Ada --shout
    python internals/week2/taskrun.py add 2 3
    python internals/week2/taskrun.py docs.build --fmt=pdf
    python internals/week2/taskrun.py hello-ada
"""
import inspect
import sys


class TaskError(Exception):
    """A problem the user of the command line can fix: unknown task, bad argument, ..."""


class Runner:
    """Keeps a table of tasks by name and runs them from command-line arguments."""

    def __init__(self, prefix="", tasks=None):
        # `tasks` maps a task's full name to its function. A namespace (see
        # namespace()) shares its parent's dict, so the parent sees every task.
        self.prefix = prefix
        self.tasks = {} if tasks is None else tasks

    def task(self, func=None, *, name=None):
        """Register ``func`` as a task and return ``func`` itself, unchanged.

        Works both bare and with options::

            @runner.task
            def build(): ...                 # registered as "build"

            @runner.task(name="ship-it")
            def deploy(): ...                # registered as "ship-it"

        The default name is the function's name with "_" turned into "-"
        (``run_tests`` -> ``"run-tests"``), preceded by this runner's prefix.
        Registering a name that is already taken raises TaskError.
        """
        # TODO
        raise NotImplementedError("Runner.task is not written yet")

    def namespace(self, name):
        """Return a Runner whose tasks are registered as "<name>.<task>".

        The new runner shares this runner's task table, so a task added through
        it can be run from here by its dotted name. Namespaces nest::

            docs = runner.namespace("docs")
            api = docs.namespace("api")      # tasks named "docs.api.<task>"

        A name that is empty or contains a dot raises TaskError.
        """
        # TODO
        raise NotImplementedError("Runner.namespace is not written yet")

    def run(self, argv):
        """Run the task named by ``argv[0]`` with the rest of ``argv`` as its arguments.

        * No arguments, or just ``--list``: print "Available tasks:" and then one
          line per task in name order: the name and the first line of its
          docstring (if it has one). Return 0.
        * Otherwise find the task (an unknown name is an error), turn the other
          arguments into keyword arguments with parse_task_args(), call it, and
          print what it returns unless that is None. Return 0.
        * On a TaskError print "error: <message>" to stderr and return 2.
          Errors raised by the task itself are not caught.
        """
        # TODO
        raise NotImplementedError("Runner.run is not written yet")


def parse_task_args(func, argv):
    """Turn command-line words into a dict of keyword arguments for ``func``.

    Read the parameters with inspect.signature(func):

    * ``--name=value`` and ``--name value`` set the parameter ``name``; dashes
      in option names stand for underscores (``--dry-run`` sets ``dry_run``).
    * A parameter whose annotation is ``bool``, or whose default is True or
      False, is a flag: ``--name`` sets it to True, ``--no-name`` to False.
    * Words that are not options fill the parameters in order, skipping the
      ones already set by an option.
    * Each value is converted with the parameter's annotation if it is int,
      float or str, else with the type of its default (if the default is not
      None), else left as a string.

    Parameters that are not given are left out, so the function's own defaults
    apply. Raise TaskError (with a message naming the parameter) for an unknown
    option, a value that can't be converted, a parameter given twice, too many
    words, or a parameter without a default that is still missing.
    """
    # TODO
    raise NotImplementedError("parse_task_args is not written yet")


def add_greeters(runner, names):
    """Register one task per name: "hello-<name>", returning "Hello, <name>!".

    ``add_greeters(runner, ["ada", "bob"])`` adds the tasks "hello-ada" and
    "hello-bob" (with the runner's prefix, if any). Each task must remember
    its own name, even after the loop that created it has moved on.
    """
    # TODO
    raise NotImplementedError("add_greeters is not written yet")


def demo_runner():
    """The runner the command line uses, with a few example tasks."""
    runner = Runner()

    @runner.task
    def greet(name="world", shout=False):
        """Say hello to someone."""
        text = "Hello, {}!".format(name)
        return text.upper() if shout else text

    @runner.task
    def add(a: int, b: int):
        """Add two whole numbers."""
        return a + b

    docs = runner.namespace("docs")

    @docs.task
    def build(fmt="html"):
        """Pretend to build the documentation."""
        return "built docs as " + fmt

    add_greeters(runner, ["ada", "grace"])
    return runner


if __name__ == "__main__":
    sys.exit(demo_runner().run(sys.argv[1:]))
