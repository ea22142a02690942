"""Checks for the `inspect-value` milestone, written as pytest-style test functions.

Each test uses a bare assert; the harness shows both sides when one fails.
"""
import re
import sys

from pymastery import call, learner_module

TOOL = "week1/day1/typeinspector.py"
KEYS = {"type", "id", "size", "deep_size", "mutable", "hashable", "methods"}


def _line(report, label):
    """Return the value printed after `label:` in the report, or None."""
    match = re.search(r"^\s*" + re.escape(label) + r"\s*:\s*(.*?)\s*$", report, re.MULTILINE)
    return match.group(1) if match else None


def test_returns_a_dict_with_every_key():
    """inspect_value returns a dict with the seven keys"""
    tool = learner_module(TOOL)
    facts = call(tool.inspect_value, [1, 2, 3]).value
    assert isinstance(facts, dict), "inspect_value must return the facts as a dict, not just print them"
    assert set(facts) == KEYS, "the dict needs exactly the keys type, id, size, deep_size, mutable, hashable, methods"


def test_facts_about_a_list():
    """the facts about a list are right"""
    tool = learner_module(TOOL)
    value = ["spam", "eggs"]
    facts = call(tool.inspect_value, value).value
    assert facts["type"] == "list", "type should be the type's name as text: type(val).__name__"
    assert facts["id"] == id(value), "id should be id(val) of the very object you were given"
    assert facts["size"] == sys.getsizeof(value), "size should be sys.getsizeof(val)"
    assert facts["deep_size"] == tool.deep_sizeof(value), "deep_size should be deep_sizeof(val)"
    assert facts["mutable"] is True, "mutable should be is_mutable(val), a bool"
    assert facts["hashable"] is False, "hashable should be is_hashable(val), a bool"
    assert facts["methods"] == tool.public_methods(value), "methods should be public_methods(val)"


def test_facts_about_other_types():
    """the facts are right for int, str, tuple, set, dict and None"""
    tool = learner_module(TOOL)
    samples = [42, "text", (1, 2), {3, 4}, {"k": "v"}, None]
    for value in samples:
        facts = call(tool.inspect_value, value).value
        assert facts["type"] == type(value).__name__, "type should be type(val).__name__"
        assert facts["id"] == id(value), "id should be id(val)"
        assert facts["size"] == sys.getsizeof(value), "size should be sys.getsizeof(val)"
        assert facts["mutable"] == tool.is_mutable(value), "mutable should come from is_mutable(val)"
        assert facts["hashable"] == tool.is_hashable(value), "hashable should come from is_hashable(val)"


def test_prints_the_report():
    """the printed report shows each fact on its own labelled line"""
    tool = learner_module(TOOL)
    value = ("a", "b")
    report = call(tool.inspect_value, value).stdout
    assert _line(report, "type") == "tuple", "print a line like 'type:      tuple'"
    assert _line(report, "id") == str(id(value)), "print a line like 'id:        140...'"
    assert _line(report, "size") == "{} bytes".format(sys.getsizeof(value)), "print a line like 'size:      56 bytes'"
    assert _line(report, "deep size") == "{} bytes".format(tool.deep_sizeof(value)), "print a line like 'deep size: 156 bytes'"
    assert _line(report, "methods") == "count, index", "print the method names joined with ', '"


def test_prints_yes_and_no():
    """mutable and hashable print as yes or no"""
    tool = learner_module(TOOL)
    list_report = call(tool.inspect_value, [0]).stdout
    assert _line(list_report, "mutable") == "yes", "a list is mutable: print 'mutable:   yes'"
    assert _line(list_report, "hashable") == "no", "a list is not hashable: print 'hashable:  no'"
    int_report = call(tool.inspect_value, 7).stdout
    assert _line(int_report, "mutable") == "no", "an int is immutable: print 'mutable:   no'"
    assert _line(int_report, "hashable") == "yes", "an int is hashable: print 'hashable:  yes'"
