"""Week 2: taskrun, a small task runner in the spirit of invoke (reference solution).

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
        def register(function):
            task_name = self.prefix + (name or function.__name__.replace("_", "-"))
            if task_name in self.tasks:
                raise TaskError("a task named {!r} already exists".format(task_name))
            self.tasks[task_name] = function
            return function

        if func is None:
            return register
        return register(func)

    def namespace(self, name):
        """Return a Runner whose tasks are registered as "<name>.<task>".

        The new runner shares this runner's task table, so a task added through
        it can be run from here by its dotted name. Namespaces nest::

            docs = runner.namespace("docs")
            api = docs.namespace("api")      # tasks named "docs.api.<task>"

        A name that is empty or contains a dot raises TaskError.
        """
        if not name or "." in name:
            raise TaskError("a namespace name can't be empty or contain dots: {!r}".format(name))
        return Runner(prefix=self.prefix + name + ".", tasks=self.tasks)

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
        if not argv or argv == ["--list"]:
            print("Available tasks:")
            for task_name in sorted(self.tasks):
                doc = inspect.getdoc(self.tasks[task_name]) or ""
                summary = doc.splitlines()[0] if doc else ""
                print("  {:<16} {}".format(task_name, summary).rstrip())
            return 0
        task_name, words = argv[0], argv[1:]
        try:
            if task_name not in self.tasks:
                raise TaskError("unknown task {!r} (try --list)".format(task_name))
            func = self.tasks[task_name]
            kwargs = parse_task_args(func, words)
        except TaskError as error:
            print("error: {}".format(error), file=sys.stderr)
            return 2
        result = func(**kwargs)
        if result is not None:
            print(result)
        return 0


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
    params = inspect.signature(func).parameters
    values = {}

    def is_flag(param):
        return param.annotation is bool or isinstance(param.default, bool)

    def convert(param, text):
        kind = param.annotation if param.annotation in (int, float, str) else None
        if kind is None and param.default is not inspect.Parameter.empty and param.default is not None:
            kind = type(param.default)
        if kind is None or kind is str:
            return text
        try:
            return kind(text)
        except (TypeError, ValueError):
            raise TaskError("{}: can't read {!r} as {}".format(param.name, text, kind.__name__))

    def store(param_name, value):
        if param_name in values:
            raise TaskError("{} is given twice".format(param_name))
        values[param_name] = value

    positional = []
    words = list(argv)
    while words:
        word = words.pop(0)
        if not word.startswith("--"):
            positional.append(word)
            continue
        option, has_value, value = word[2:].partition("=")
        param_name = option.replace("-", "_")
        if param_name not in params and param_name.startswith("no_") and not has_value:
            negated = params.get(param_name[3:])
            if negated is not None and is_flag(negated):
                store(negated.name, False)
                continue
        param = params.get(param_name)
        if param is None:
            raise TaskError("unknown option --{}".format(option))
        if is_flag(param) and not has_value:
            store(param_name, True)
            continue
        if not has_value:
            if not words:
                raise TaskError("--{} needs a value".format(option))
            value = words.pop(0)
        store(param_name, convert(param, value))

    free = [p for p in params.values() if p.name not in values]
    if len(positional) > len(free):
        raise TaskError("too many arguments: {}".format(" ".join(positional[len(free):])))
    for param, word in zip(free, positional):
        values[param.name] = convert(param, word)
    for param in params.values():
        if param.name not in values and param.default is inspect.Parameter.empty:
            raise TaskError("missing a value for {}".format(param.name))
    return values


def add_greeters(runner, names):
    """Register one task per name: "hello-<name>", returning "Hello, <name>!".

    ``add_greeters(runner, ["ada", "bob"])`` adds the tasks "hello-ada" and
    "hello-bob" (with the runner's prefix, if any). Each task must remember
    its own name, even after the loop that created it has moved on.
    """
    for who in names:
        def hello():
            return "Hello, {}!".format(who)
        runner.task(hello, name="hello-" + who)


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
