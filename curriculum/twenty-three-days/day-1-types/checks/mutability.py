"""Checks for the `mutability` milestone: is_mutable and is_hashable."""
from pymastery import call, fail, learner_module


class Plain:
    """An ordinary class: its instances can grow new attributes."""


class EqualByValue:
    """Defines __eq__ without __hash__, which makes instances unhashable."""

    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        return isinstance(other, EqualByValue) and other.value == self.value


def _expect_answer(function, value, answer, hint):
    """Fails unless function(value) returns exactly the bool `answer`."""
    got = call(function, value).value
    if got is not answer:
        fail("%s(%r) returned %r, but it should be %r." % (function.__name__, value, got, answer),
             hint=hint, expected=repr(answer), actual=repr(got))


def check_numbers_are_immutable():
    """numbers and bools are immutable"""
    tool = learner_module()
    for value in (0, 7, -3, 2 ** 100, 1.5, 2 + 3j, True, False):
        _expect_answer(tool.is_mutable, value, False,
                       "You cannot change a number in place. Check isinstance(val, (int, float, "
                       "complex, bool, ...)).")


def check_text_and_none_are_immutable():
    """str, bytes and None are immutable"""
    tool = learner_module()
    for value in ("", "hello", b"raw", None):
        _expect_answer(tool.is_mutable, value, False,
                       "Methods such as str.upper() return a new object, they never change the "
                       "old one. Include type(None) for None.")


def check_frozen_containers_are_immutable():
    """tuple, frozenset and range are immutable"""
    tool = learner_module()
    for value in ((), (1, 2), frozenset({1}), range(3)):
        _expect_answer(tool.is_mutable, value, False,
                       "Did you list tuple, frozenset and range among the immutable types?")


def check_tuple_holding_a_list_is_still_immutable():
    """a tuple that holds a list is itself immutable"""
    tool = learner_module()
    _expect_answer(tool.is_mutable, (1, [2, 3]), False,
                   "The tuple can never change which objects it holds, even if one of them is a "
                   "list. Decide by the type of the outer value only.")


def check_containers_are_mutable():
    """list, dict, set and bytearray are mutable"""
    tool = learner_module()
    for value in ([], [1, 2], {}, {"a": 1}, set(), {1}, bytearray(b"ab")):
        _expect_answer(tool.is_mutable, value, True,
                       "It has methods that change it in place (append, update, add, ...).")


def check_instances_are_mutable():
    """instances of your own classes are mutable"""
    tool = learner_module()
    _expect_answer(tool.is_mutable, Plain(), True,
                   "An instance of an ordinary class can gain attributes at any time, so it is "
                   "mutable. Treat anything that is not one of the listed immutable types as "
                   "mutable.")


def check_immutable_values_are_hashable():
    """numbers, strings, tuples and frozensets are hashable"""
    tool = learner_module()
    for value in (1, 2.5, "key", b"k", None, (1, 2), frozenset({3}), Plain()):
        _expect_answer(tool.is_hashable, value, True,
                       "hash() works on it. Return True when hash(val) does not raise.")


def check_mutable_containers_are_not_hashable():
    """lists, dicts and sets are not hashable"""
    tool = learner_module()
    for value in ([], {"a": 1}, {1, 2}):
        _expect_answer(tool.is_hashable, value, False,
                       "Wrap hash(val) in try/except TypeError and return False when it raises.")


def check_tuple_holding_a_list_is_not_hashable():
    """a tuple holding a list is not hashable"""
    tool = learner_module()
    _expect_answer(tool.is_hashable, (1, [2]), False,
                   "hash((1, [2])) raises TypeError because it must hash the list inside. "
                   "isinstance(val, collections.abc.Hashable) gets this case wrong; actually try "
                   "hash(val).")


def check_eq_without_hash_is_not_hashable():
    """a class that defines __eq__ but not __hash__ is not hashable"""
    tool = learner_module()
    _expect_answer(tool.is_hashable, EqualByValue(1), False,
                   "Defining __eq__ sets __hash__ to None, so hash() raises TypeError. Let "
                   "hash(val) decide instead of checking the type.")
