"""Checks for the `inspect-value` milestone: inspect_value returns the facts and prints them."""
import sys

from pymastery import call, expect_equal, expect_isinstance, learner_module

KEYS = {"type", "id", "size", "deep_size", "mutable", "hashable", "methods"}


def _line(report, label):
    """The value printed after `label:` on a line of the report, or None."""
    for line in report.splitlines():
        name, colon, value = line.partition(":")
        if colon and name.strip() == label:
            return value.strip()
    return None


def _facts(tool, value):
    facts = call(tool.inspect_value, value).value
    expect_isinstance(facts, dict,
                      hint="inspect_value must return the facts as a dict, not just print them.")
    return facts


def check_returns_a_dict_with_every_key():
    """inspect_value returns a dict with the seven keys"""
    tool = learner_module()
    facts = _facts(tool, [1, 2, 3])
    expect_equal(set(facts), KEYS,
                 hint="The dict needs exactly the keys type, id, size, deep_size, mutable, "
                      "hashable, methods.")


def check_facts_about_a_list():
    """the facts about a list are right"""
    tool = learner_module()
    value = ["spam", "eggs"]
    facts = _facts(tool, value)
    expect_equal(facts.get("type"), "list",
                 hint="type should be the type's name as text: type(val).__name__.")
    expect_equal(facts.get("id"), id(value),
                 hint="id should be id(val) of the very object you were given.")
    expect_equal(facts.get("size"), sys.getsizeof(value), hint="size should be sys.getsizeof(val).")
    expect_equal(facts.get("deep_size"), tool.deep_sizeof(value),
                 hint="deep_size should be deep_sizeof(val).")
    expect_equal(facts.get("mutable"), True, hint="mutable should be is_mutable(val), a bool.")
    expect_equal(facts.get("hashable"), False, hint="hashable should be is_hashable(val), a bool.")
    expect_equal(facts.get("methods"), tool.public_methods(value),
                 hint="methods should be public_methods(val).")


def check_facts_about_other_types():
    """the facts are right for int, str, tuple, set, dict and None"""
    tool = learner_module()
    for value in (42, "text", (1, 2), {3, 4}, {"k": "v"}, None):
        facts = _facts(tool, value)
        expect_equal(facts.get("type"), type(value).__name__,
                     hint="type should be type(val).__name__.")
        expect_equal(facts.get("id"), id(value), hint="id should be id(val).")
        expect_equal(facts.get("size"), sys.getsizeof(value),
                     hint="size should be sys.getsizeof(val).")
        expect_equal(facts.get("mutable"), tool.is_mutable(value),
                     hint="mutable should come from is_mutable(val).")
        expect_equal(facts.get("hashable"), tool.is_hashable(value),
                     hint="hashable should come from is_hashable(val).")


def check_prints_the_report():
    """the printed report shows each fact on its own labelled line"""
    tool = learner_module()
    value = ("a", "b")
    report = call(tool.inspect_value, value).stdout
    expect_equal(_line(report, "type"), "tuple", hint="Print a line like 'type:      tuple'.")
    expect_equal(_line(report, "id"), str(id(value)), hint="Print a line like 'id:        140...'.")
    expect_equal(_line(report, "size"), "{} bytes".format(sys.getsizeof(value)),
                 hint="Print a line like 'size:      56 bytes'.")
    expect_equal(_line(report, "deep size"), "{} bytes".format(tool.deep_sizeof(value)),
                 hint="Print a line like 'deep size: 156 bytes'.")
    expect_equal(_line(report, "methods"), "count, index",
                 hint="Print the method names joined with ', '.")


def check_prints_yes_and_no():
    """mutable and hashable print as yes or no"""
    tool = learner_module()
    list_report = call(tool.inspect_value, [0]).stdout
    expect_equal(_line(list_report, "mutable"), "yes",
                 hint="A list is mutable: print 'mutable:   yes'.")
    expect_equal(_line(list_report, "hashable"), "no",
                 hint="A list is not hashable: print 'hashable:  no'.")
    int_report = call(tool.inspect_value, 7).stdout
    expect_equal(_line(int_report, "mutable"), "no",
                 hint="An int is immutable: print 'mutable:   no'.")
    expect_equal(_line(int_report, "hashable"), "yes",
                 hint="An int is hashable: print 'hashable:  yes'.")
