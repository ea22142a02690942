"""Checks for the `nested` milestone: dicts inside dicts and lists of items."""
from pymastery import call, expect_equal, learner_module

CODE = "week1/day3/config_validator.py"

SCHEMA = {
    "name": str,
    "database": {"host": str, "port": int, "options?": {"timeout": float}},
    "servers": [{"host": str, "weight?": int}],
}


def _paths(module, config, schema=SCHEMA):
    problems = call(module.validate, config, schema).value
    return [(type(p).__name__, p.path) for p in problems]


def _valid():
    return {
        "name": "shop",
        "database": {"host": "db", "port": 5432, "options": {"timeout": 2.5}},
        "servers": [{"host": "a"}, {"host": "b", "weight": 3}],
    }


def check_valid_nested_config():
    """a valid nested config has no problems"""
    module = learner_module(CODE)
    expect_equal(_paths(module, _valid()), [],
                 hint="A dict in the schema means: validate the value against that smaller schema.")


def check_problems_inside_a_dict():
    """problems inside a nested dict have dotted paths"""
    module = learner_module(CODE)
    config = _valid()
    del config["database"]["host"]
    config["database"]["port"] = "5432"
    expect_equal(_paths(module, config),
                 [("MissingFieldError", "database.host"), ("WrongTypeError", "database.port")],
                 hint="Call validate again on the inner dict with path \"database\", and join "
                      "names with a dot: path + \".\" + name (just name at the top).")


def check_deeper_levels():
    """nesting works at any depth"""
    module = learner_module(CODE)
    config = _valid()
    config["database"]["options"] = {"timeout": "slow"}
    expect_equal(_paths(module, config), [("WrongTypeError", "database.options.timeout")],
                 hint="Let validate call itself for every dict schema, whatever the depth.")


def check_list_items():
    """every item of a list is checked, with its index in the path"""
    module = learner_module(CODE)
    config = _valid()
    config["servers"] = [{"host": "a"}, {"weight": 1}, {"host": 7}]
    expect_equal(_paths(module, config),
                 [("MissingFieldError", "servers[1].host"), ("WrongTypeError", "servers[2].host")],
                 hint="A list schema [item_schema] means: check every item with enumerate() and "
                      "put [index] after the list's path.")


def check_wrong_container_types():
    """a scalar where a dict or list belongs is a WrongTypeError"""
    module = learner_module(CODE)
    config = _valid()
    config["database"] = "db:5432"
    config["servers"] = {"host": "a"}
    problems = call(module.validate, config, SCHEMA).value
    expect_equal([(p.path, p.expected, p.actual) for p in problems],
                 [("database", "dict", "str"), ("servers", "list", "dict")],
                 hint="Before looking inside, check that the value is a dict (for a dict schema) "
                      "or a list (for a list schema), and report it if not.")


def check_empty_list_is_fine():
    """an empty list has no items to get wrong"""
    module = learner_module(CODE)
    config = _valid()
    config["servers"] = []
    expect_equal(_paths(module, config), [], hint="Zero items means zero problems.")
