"""Week 1, easy: count how often each item appears."""


def frequencies(items):
    """Return a dict mapping each item of ``items`` to how many times it appears.

    Keys come in the order each item was first seen. ``items`` may be any iterable,
    including a generator that can be read only once.

    >>> frequencies("banana")
    {'b': 1, 'a': 3, 'n': 2}
    """
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def letter_frequencies(text):
    """Count only the letters of ``text``, ignoring case: ``"Aa b!"`` gives ``{'a': 2, 'b': 1}``."""
    return frequencies(ch for ch in text.lower() if ch.isalpha())
