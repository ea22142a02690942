"""Checks for the `frequency-counter` milestone (week1/frequency.py)."""
import random

from pymastery import call, expect_complexity, expect_equal, learner_module


def check_counts_items():
    """frequencies counts every item"""
    module = learner_module()
    expect_equal(call(module.frequencies, ["b", "a", "b", "c", "b", "a"]).value,
                 {"b": 3, "a": 2, "c": 1},
                 hint="Start from an empty dict; for each item, add one to its count (0 if new).")
    expect_equal(call(module.frequencies, []).value, {}, hint="Nothing to count gives an empty dict.")


def check_first_seen_order():
    """keys come in the order they were first seen"""
    module = learner_module()
    counts = call(module.frequencies, [3, 1, 3, 2, 1, 3]).value
    expect_equal(list(counts), [3, 1, 2],
                 hint="A plain dict keeps insertion order; don't sort the keys.")


def check_reads_a_generator_once():
    """frequencies works on a generator, which can be read only once"""
    module = learner_module()
    words = (word for word in "to be or not to be".split())
    expect_equal(call(module.frequencies, words).value, {"to": 2, "be": 2, "or": 1, "not": 1},
                 hint="Loop over items once. Calling len(), items.count() or looping twice "
                      "does not work on a generator.")


def check_letters_only():
    """letter_frequencies counts letters and ignores case"""
    module = learner_module()
    expect_equal(call(module.letter_frequencies, "Hello, World!").value,
                 {"h": 1, "e": 1, "l": 3, "o": 2, "w": 1, "r": 1, "d": 1},
                 hint="Lower-case the text, keep the characters for which str.isalpha() is true, "
                      "and hand them to frequencies().")


def _many_items(n):
    # A small vocabulary keeps the dict small, so only the work per item is measured.
    return [random.randrange(50) for _ in range(n)]


def check_linear_time():
    """frequencies stays fast on long inputs"""
    module = learner_module()
    expect_complexity(module.frequencies, _many_items, "linear",
                      hint="Counting with items.count(x) for every x scans the whole list each time. "
                           "Add one to a dict entry per item instead.")
