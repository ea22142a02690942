"""Checks for the `validation` milestone: datatools.validation.rules."""
from pymastery import call, expect, expect_equal
from pymastery.track.packages import import_from

ROOT = "week2/day9"
SCHEMA = {"name": str, "age": int, "score": (int, float)}


def _module():
    return import_from(ROOT, "datatools.validation.rules")


def _problems(rules, record, schema=SCHEMA):
    problems = call(rules.validate_record, record, schema).value
    expect(isinstance(problems, list), "validate_record should return a list of messages.",
           hint="Collect the messages in a list and return it, even when it is empty.")
    return problems


def check_valid_record():
    """a valid record has no problems, extra fields allowed"""
    rules = _module()
    expect_equal(_problems(rules, {"name": "Ada", "age": 36, "score": 9.5, "extra": object()}), [],
                 hint="Only the schema's fields are checked; a field the schema does not name is fine.")
    expect_equal(_problems(rules, {"name": "Ada", "age": 36, "score": 9}), [],
                 hint="A tuple of types means any of them: isinstance accepts a tuple directly.")


def check_missing_field():
    """a missing field is reported by name"""
    rules = _module()
    problems = _problems(rules, {"name": "Ada", "score": 1.0})
    expect_equal(len(problems), 1, hint="One problem per missing or mistyped field.")
    expect("missing" in problems[0] and "'age'" in problems[0],
           "The message should say the field 'age' is missing, e.g. \"missing field 'age'\".",
           hint="Put the field name in quotes in the message: f\"missing field {field!r}\".")


def check_wrong_type():
    """a wrong type names the field, the wanted type and the actual one"""
    rules = _module()
    problems = _problems(rules, {"name": "Ada", "age": "36", "score": 1.0})
    expect_equal(len(problems), 1, hint="Only 'age' is wrong here.")
    message = problems[0]
    expect("'age'" in message and "int" in message and "str" in message,
           "Expected a message like \"field 'age' should be int, got str\", got %r." % message,
           hint="Name the wanted type (expected.__name__) and the actual one (type(value).__name__).")


def check_bool_is_not_a_number():
    """True is rejected where a number is wanted"""
    rules = _module()
    problems = _problems(rules, {"name": "Ada", "age": True, "score": False})
    expect_equal(len(problems), 2,
                 hint="bool is a subclass of int, so isinstance(True, int) is True. Reject a bool "
                      "unless the schema asks for bool itself.")
    expect_equal(_problems(rules, {"flag": True}, {"flag": bool}), [],
                 hint="Where the schema asks for bool, True is of course fine.")


def check_problems_in_schema_order():
    """every problem is reported, in schema order"""
    rules = _module()
    problems = _problems(rules, {"score": "high"})
    expect_equal(len(problems), 3, hint="Report every field: keep going after the first problem.")
    expect("'name'" in problems[0] and "'age'" in problems[1] and "'score'" in problems[2],
           "Problems should come in the schema's order: name, age, score.",
           hint="Loop over schema.items(), which keeps the order the schema was written in.")


def check_split_valid():
    """split_valid separates valid records and reports the others by index"""
    rules = _module()
    records = [
        {"name": "Ada", "age": 36, "score": 1},
        {"name": "Bob", "age": "x", "score": 2},
        {"name": "Cy", "age": 5, "score": 3.5},
        {"age": 1, "score": 1},
    ]
    valid, rejected = call(rules.split_valid, iter(records), SCHEMA).value
    expect_equal(valid, [records[0], records[2]], hint="Keep the valid records in their input order.")
    expect_equal([index for index, _ in rejected], [1, 3],
                 hint="Use enumerate to know each record's position in the input.")
    expect(all(isinstance(problems, list) and problems for _, problems in rejected),
           "Each rejected entry should carry validate_record's (non-empty) list of problems.",
           hint="Store (index, problems) pairs, with problems straight from validate_record.")
