"""Checks for the `mutability` milestone, written as unittest.TestCase tests."""
import unittest

from pymastery import call, learner_module

TOOL = "week1/day1/typeinspector.py"


class Plain:
    """An ordinary class: its instances can grow new attributes."""


class EqualByValue:
    """Defines __eq__ without __hash__, which makes instances unhashable."""

    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        return isinstance(other, EqualByValue) and other.value == self.value


class TestIsMutable(unittest.TestCase):
    """is_mutable"""

    longMessage = False  # show only the explanation below, not "True is not False"

    def setUp(self):
        self.tool = learner_module(TOOL)

    def test_numbers_are_immutable(self):
        """numbers and bools are immutable"""
        for value in (0, 7, -3, 2 ** 100, 1.5, 2 + 3j, True, False):
            self.assertIs(
                call(self.tool.is_mutable, value).value, False,
                msg="is_mutable({!r}) should be False: you cannot change a number in place. "
                    "Check isinstance(val, (int, float, complex, bool, ...)).".format(value),
            )

    def test_text_and_none_are_immutable(self):
        """str, bytes and None are immutable"""
        for value in ("", "hello", b"raw", None):
            self.assertIs(
                call(self.tool.is_mutable, value).value, False,
                msg="is_mutable({!r}) should be False. Methods such as str.upper() return a new "
                    "object, they never change the old one. Include type(None) for None.".format(value),
            )

    def test_frozen_containers_are_immutable(self):
        """tuple, frozenset and range are immutable"""
        for value in ((), (1, 2), frozenset({1}), range(3)):
            self.assertIs(
                call(self.tool.is_mutable, value).value, False,
                msg="is_mutable({!r}) should be False. Did you list tuple, frozenset and range "
                    "among the immutable types?".format(value),
            )

    def test_tuple_holding_a_list_is_still_immutable(self):
        """a tuple that holds a list is itself immutable"""
        self.assertIs(
            call(self.tool.is_mutable, (1, [2, 3])).value, False,
            msg="The tuple can never change which objects it holds, even if one of them is a "
                "list. Decide by the type of the outer value only.",
        )

    def test_containers_are_mutable(self):
        """list, dict, set and bytearray are mutable"""
        for value in ([], [1, 2], {}, {"a": 1}, set(), {1}, bytearray(b"ab")):
            self.assertIs(
                call(self.tool.is_mutable, value).value, True,
                msg="is_mutable({!r}) should be True: it has methods that change it in place "
                    "(append, update, add, ...).".format(value),
            )

    def test_instances_are_mutable(self):
        """instances of your own classes are mutable"""
        self.assertIs(
            call(self.tool.is_mutable, Plain()).value, True,
            msg="An instance of an ordinary class can gain attributes at any time, so it is "
                "mutable. Treat anything that is not one of the listed immutable types as mutable.",
        )


class TestIsHashable(unittest.TestCase):
    """is_hashable"""

    longMessage = False

    def setUp(self):
        self.tool = learner_module(TOOL)

    def test_immutable_values_are_hashable(self):
        """numbers, strings, tuples and frozensets are hashable"""
        for value in (1, 2.5, "key", b"k", None, (1, 2), frozenset({3}), Plain()):
            self.assertIs(
                call(self.tool.is_hashable, value).value, True,
                msg="is_hashable({!r}) should be True: hash() works on it. Return True when "
                    "hash(val) does not raise.".format(value),
            )

    def test_mutable_containers_are_not_hashable(self):
        """lists, dicts and sets are not hashable"""
        for value in ([], {"a": 1}, {1, 2}):
            self.assertIs(
                call(self.tool.is_hashable, value).value, False,
                msg="is_hashable({!r}) should be False. Wrap hash(val) in try/except TypeError "
                    "and return False when it raises.".format(value),
            )

    def test_tuple_holding_a_list_is_not_hashable(self):
        """a tuple holding a list is not hashable"""
        self.assertIs(
            call(self.tool.is_hashable, (1, [2])).value, False,
            msg="hash((1, [2])) raises TypeError because it must hash the list inside. "
                "isinstance(val, collections.abc.Hashable) gets this case wrong; actually try hash(val).",
        )

    def test_eq_without_hash_is_not_hashable(self):
        """a class that defines __eq__ but not __hash__ is not hashable"""
        self.assertIs(
            call(self.tool.is_hashable, EqualByValue(1)).value, False,
            msg="Defining __eq__ sets __hash__ to None, so hash() raises TypeError. "
                "Let hash(val) decide instead of checking the type.",
        )
