"""Checks for the `type-checks` milestone: values of the wrong type."""
from pymastery import call, expect_equal, expect_isinstance, learner_module

CODE = "week1/day3/config_validator.py"


def _only_problem(module, config, schema):
    problems = call(module.validate, config, schema).value
    expect_isinstance(problems, list, hint="validate returns a list of problems.")
    expect_equal(len(problems), 1, hint="Exactly one field has the wrong type here.")
    return problems[0]


def check_wrong_type_is_reported():
    """a value of the wrong type is a WrongTypeError with both type names"""
    module = learner_module(CODE)
    problem = _only_problem(module, {"name": "api", "port": "8080"}, {"name": str, "port": int})
    expect_isinstance(problem, module.WrongTypeError,
                      hint="When isinstance(value, expected) is False, add a WrongTypeError.")
    expect_equal((problem.path, problem.expected, problem.actual), ("port", "int", "str"),
                 hint="Pass type names, not types: expected.__name__ and type(value).__name__.")


def check_right_types_pass():
    """values of the right types give no problems"""
    module = learner_module(CODE)
    config = {"name": "x", "size": 3, "ratio": 0.5, "on": False, "tags": ["a"]}
    schema = {"name": str, "size": int, "ratio": float, "on": bool, "tags": list}
    expect_equal(call(module.validate, config, schema).value, [],
                 hint="isinstance(value, expected) is True for every field here.")


def check_bool_is_not_a_number():
    """True is not accepted where a number is expected"""
    module = learner_module(CODE)
    problem = _only_problem(module, {"port": True}, {"port": int})
    expect_equal((problem.expected, problem.actual), ("int", "bool"),
                 hint="bool is a subclass of int, so isinstance(True, int) is True. A config "
                      "that says \"port\": true is still a mistake: test for bool first.")
    problem = _only_problem(module, {"ratio": False}, {"ratio": float})
    expect_equal(problem.actual, "bool", hint="A bool is not a float either.")


def check_int_is_a_float():
    """a whole number is fine where a float is expected"""
    module = learner_module(CODE)
    expect_equal(call(module.validate, {"ratio": 2}, {"ratio": float}).value, [],
                 hint="JSON writes 2.0 as 2 just as often. Accept an int where the schema says float.")


def check_null_is_the_wrong_type():
    """null (None) is the wrong type for a required field"""
    module = learner_module(CODE)
    problem = _only_problem(module, {"name": None}, {"name": str})
    expect_equal((problem.path, problem.actual), ("name", "NoneType"),
                 hint="A field that is present but null has the wrong type; it is not missing.")


def check_both_kinds_together():
    """missing and mistyped fields are reported together, in schema order"""
    module = learner_module(CODE)
    problems = call(module.validate, {"b": "two"}, {"a": int, "b": int, "c?": int}).value
    expect_equal([(type(p).__name__, p.path) for p in problems],
                 [("MissingFieldError", "a"), ("WrongTypeError", "b")],
                 hint="Walk the schema in order and keep going after each problem.")
