"""Checks for the `group-by` milestone (week1/grouping.py)."""
import random

from pymastery import call, expect_complexity, expect_equal, learner_module

PEOPLE = [
    {"name": "Ada", "city": "London"},
    {"name": "Linus", "city": "Helsinki"},
    {"name": "Grace", "city": "New York"},
    {"name": "Alan", "city": "London"},
    {"name": "Tove", "city": "Helsinki"},
]


def check_groups_by_key():
    """group_by puts items with the same key in one list"""
    module = learner_module()
    groups = call(module.group_by, [1, 2, 3, 4, 5, 6, 7], lambda n: n % 3).value
    expect_equal(groups, {1: [1, 4, 7], 2: [2, 5], 0: [3, 6]},
                 hint="Call key(item) for each item and append the item to the list kept under "
                      "that key, creating the list the first time.")


def check_keeps_orders():
    """groups come in first-seen order, items in their original order"""
    module = learner_module()
    groups = call(module.group_by, PEOPLE, lambda person: person["city"]).value
    expect_equal(list(groups), ["London", "Helsinki", "New York"],
                 hint="Don't sort the keys: a dict already remembers the order keys were added.")
    expect_equal([person["name"] for person in groups["London"]], ["Ada", "Alan"],
                 hint="Append items in the order they come, so each list keeps the input order.")


def check_value_function():
    """with value=, the lists hold value(item)"""
    module = learner_module()
    groups = call(module.group_by, PEOPLE, lambda p: p["city"], value=lambda p: p["name"]).value
    expect_equal(groups, {"London": ["Ada", "Alan"], "Helsinki": ["Linus", "Tove"],
                          "New York": ["Grace"]},
                 hint="Store value(item) when value is given, else the item itself.")


def check_empty_and_generator():
    """an empty input gives {}, and a generator is read once"""
    module = learner_module()
    expect_equal(call(module.group_by, [], len).value, {})
    words = (w for w in ["pear", "fig", "plum", "kiwi", "date"])
    expect_equal(call(module.group_by, words, len).value,
                 {4: ["pear", "plum", "kiwi", "date"], 3: ["fig"]},
                 hint="Loop over items exactly once; a generator is empty the second time round.")


def check_groups_are_separate_lists():
    """each group gets its own list"""
    module = learner_module()
    groups = call(module.group_by, ["a", "bb", "c"], len).value
    expect_equal(groups, {1: ["a", "c"], 2: ["bb"]},
                 hint="A default like `dict.fromkeys(keys, [])` shares one list between all keys. "
                      "Create a new list for every new key.")


def _numbers(n):
    return [random.randrange(1000) for _ in range(n)]


def check_linear_time():
    """group_by stays fast on long inputs"""
    module = learner_module()
    expect_complexity(lambda items: module.group_by(items, lambda x: x % 97), _numbers, "linear",
                      at=module.group_by,
                      hint="Look a key up in the dict instead of searching a list of keys "
                           "(`key in list` scans the whole list).")
