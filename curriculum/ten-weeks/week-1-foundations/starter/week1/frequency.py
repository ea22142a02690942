"""Week 1, easy: count how often each item appears."""


def frequencies(items):
    """Return a dict mapping each item of ``items`` to how many times it appears.

    Keys come in the order each item was first seen. ``items`` may be any iterable,
    including a generator that can be read only once.

    >>> frequencies("banana")
    {'b': 1, 'a': 3, 'n': 2}
    """
    # TODO: one pass over items, one dict.
    raise NotImplementedError("frequencies is not written yet")


def letter_frequencies(text):
    """Count only the letters of ``text``, ignoring case: ``"Aa b!"`` gives ``{'a': 2, 'b': 1}``."""
    # TODO: reuse frequencies().
    raise NotImplementedError("letter_frequencies is not written yet")
