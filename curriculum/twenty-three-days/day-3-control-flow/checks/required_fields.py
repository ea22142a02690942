"""Checks for the `required-fields` milestone: the exception classes and missing fields."""
from pymastery import call, expect, expect_equal, expect_in, expect_isinstance, learner_module

CODE = "week1/day3/config_validator.py"


def _problems(module, config, schema):
    problems = call(module.validate, config, schema).value
    expect_isinstance(problems, list, hint="validate returns a list of problems, [] when all is well.",
                      at=module.validate)
    return problems


def check_error_classes():
    """the exceptions form one family and keep where the problem is"""
    module = learner_module(CODE)
    for name in ("ConfigFileError", "MissingFieldError", "WrongTypeError"):
        cls = getattr(module, name)
        expect(issubclass(cls, module.ConfigError),
               "%s is not a subclass of ConfigError." % name,
               hint="Derive every specific error from ConfigError, so that one `except "
                    "ConfigError` catches them all.", at=cls)
    expect(issubclass(module.ConfigError, Exception), "ConfigError must derive from Exception.",
           hint="class ConfigError(Exception): ...", at=module.ConfigError)
    error = call(module.ConfigError, "must be positive", path="limits.max", line=7).value
    expect_equal(getattr(error, "path", None), "limits.max",
                 hint="Keep the path you were given as self.path.", at=module.ConfigError)
    expect_equal(getattr(error, "line", None), 7,
                 hint="Keep the line number as self.line (None when it is not known).",
                 at=module.ConfigError)
    text = call(str, error).value
    expect_in("limits.max", text, hint="str(error) should name the path, so a reader knows where to look.",
              at=module.ConfigError)
    expect_in("must be positive", text, hint="str(error) should still include the message.",
              at=module.ConfigError)
    plain = call(module.ConfigError, "broken").value
    expect_equal((getattr(plain, "path", "?"), getattr(plain, "line", "?")), ("", None),
                 hint="path defaults to \"\" and line to None.", at=module.ConfigError)


def check_wrong_type_error():
    """WrongTypeError keeps the expected and actual type names"""
    module = learner_module(CODE)
    error = call(module.WrongTypeError, "database.port", "int", "str").value
    expect_equal((error.path, error.expected, error.actual), ("database.port", "int", "str"),
                 hint="WrongTypeError(path, expected, actual, line=None) keeps all three.",
                 at=module.WrongTypeError)
    text = call(str, error).value
    for part in ("database.port", "int", "str"):
        expect_in(part, text, hint="Build a message such as 'expected int, got str' and let "
                                   "ConfigError add the path.", at=module.WrongTypeError)


def check_valid_config():
    """a config that matches its schema has no problems"""
    module = learner_module(CODE)
    schema = {"name": str, "workers": int}
    expect_equal(_problems(module, {"name": "api", "workers": 4}, schema), [],
                 hint="When every required field is there with the right type, return [].")


def check_missing_field():
    """a missing required field is a MissingFieldError at its path"""
    module = learner_module(CODE)
    problems = _problems(module, {"name": "api"}, {"name": str, "workers": int})
    expect_equal(len(problems), 1, hint="Exactly one field is missing, so report one problem.")
    problem = problems[0]
    expect_isinstance(problem, module.MissingFieldError,
                      hint="Report a missing field with MissingFieldError, not a plain exception.")
    expect_equal(problem.path, "workers", hint="The path of a top-level field is its own name.")


def check_every_missing_field():
    """every missing field is reported, in schema order"""
    module = learner_module(CODE)
    problems = _problems(module, {"b": 1}, {"a": int, "b": int, "c": int, "d": int})
    expect_equal([getattr(p, "path", None) for p in problems], ["a", "c", "d"],
                 hint="Do not stop at the first problem: loop over every field of the schema and "
                      "collect what is wrong in a list.")


def check_optional_fields():
    """a name ending in ? is optional"""
    module = learner_module(CODE)
    schema = {"name": str, "debug?": bool}
    expect_equal(_problems(module, {"name": "api"}, schema), [],
                 hint="A schema key such as \"debug?\" means the field \"debug\" may be left out.")
    problems = _problems(module, {"debug": True}, schema)
    expect_equal([getattr(p, "path", None) for p in problems], ["name"],
                 hint="Strip the ? to get the real field name, and report only required fields.")


def check_extra_fields_are_fine():
    """fields the schema does not mention are allowed"""
    module = learner_module(CODE)
    expect_equal(_problems(module, {"name": "api", "comment": "spare"}, {"name": str}), [],
                 hint="Only check the fields the schema lists; leave the others alone.")
