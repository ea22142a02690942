"""Text analyser, step 2: count the words and find the most frequent ones."""
import heapq


def count_words(words):
    """Return a dict mapping each word to how many times it appears in ``words``."""
    # TODO
    raise NotImplementedError("count_words is not written yet")


def top_k(counts, k):
    """Return the ``k`` most frequent words as (word, count) pairs, most frequent first.

    Words with the same count come in alphabetical order. ``k`` larger than the number of
    words gives them all; ``k`` of 0 or less gives an empty list.
    """
    # TODO
    raise NotImplementedError("top_k is not written yet")
