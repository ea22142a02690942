"""Checks for the `parse-args` milestone: command-line words to keyword arguments."""
from pymastery import call, capture, expect_equal, expect_isinstance, learner_module


def deploy(target, replicas: int = 1, dry_run=False, note=None, ratio: float = 0.5):
    """A task with one required parameter and several optional ones."""


def resize(count=3, verbose: bool = False, label: str = "x"):
    """A task whose types come from defaults and annotations."""


def _parse(tool, func, argv):
    return call(tool.parse_task_args, func, list(argv)).value


def check_positional_words():
    """words that are not options fill the parameters in order"""
    tool = learner_module()
    expect_equal(_parse(tool, deploy, ["prod"]), {"target": "prod"},
                 hint="Return a dict with only the parameters that were given; defaults stay out.")
    expect_equal(_parse(tool, deploy, ["prod", "3"]), {"target": "prod", "replicas": 3},
                 hint="The second word fills the second parameter, converted with its annotation (int).")


def check_options():
    """--name=value and --name value set a parameter by name"""
    tool = learner_module()
    expect_equal(_parse(tool, deploy, ["prod", "--replicas=4"]), {"target": "prod", "replicas": 4},
                 hint="Split '--replicas=4' at the first '=' (str.partition).")
    expect_equal(_parse(tool, deploy, ["prod", "--replicas", "2"]), {"target": "prod", "replicas": 2},
                 hint="Without '=', the next word is the value.")
    expect_equal(_parse(tool, deploy, ["--replicas=5", "prod"]), {"replicas": 5, "target": "prod"},
                 hint="Positional words skip the parameters an option has already set.")
    expect_equal(_parse(tool, deploy, ["prod", "--ratio=0.25", "--note", "hi"]),
                 {"target": "prod", "ratio": 0.25, "note": "hi"},
                 hint="A float annotation converts with float(); a default of None leaves the value as text.")


def check_flags():
    """boolean parameters are flags: --name and --no-name"""
    tool = learner_module()
    expect_equal(_parse(tool, deploy, ["prod", "--dry-run"]), {"target": "prod", "dry_run": True},
                 hint="A parameter whose default is True or False takes no value: --dry-run sets it to "
                      "True. Dashes in option names stand for underscores.")
    expect_equal(_parse(tool, deploy, ["prod", "--no-dry-run"]), {"target": "prod", "dry_run": False},
                 hint="--no-<name> sets a flag to False.")
    expect_equal(_parse(tool, resize, ["--verbose"]), {"verbose": True},
                 hint="An annotation of bool also makes a flag.")


def check_types_from_defaults():
    """without an annotation, the default's type converts the value"""
    tool = learner_module()
    expect_equal(_parse(tool, resize, ["--count=7"]), {"count": 7},
                 hint="count has no annotation but its default is an int, so convert with int().")
    expect_equal(_parse(tool, resize, ["9", "--label", "big"]), {"count": 9, "label": "big"},
                 hint="Convert positional words the same way as option values.")


def check_errors():
    """mistakes on the command line raise TaskError"""
    tool = learner_module()
    cases = [
        ([], "the required parameter target is missing"),
        (["prod", "--bogus=1"], "there is no parameter called bogus"),
        (["prod", "--replicas=many"], "'many' is not an int"),
        (["prod", "1", "yes", "note", "0.1", "extra"], "there are more words than parameters"),
        (["--target=a", "--target=b"], "target is given twice"),
    ]
    for argv, why in cases:
        outcome = capture(tool.parse_task_args, deploy, argv)
        expect_isinstance(
            outcome.exception, tool.TaskError,
            message="parse_task_args(deploy, {!r}) should raise TaskError: {}".format(argv, why),
            hint="Raise TaskError (not ValueError or KeyError) for every mistake a user can make, "
                 "with a message that names the parameter.",
        )
