"""Text analyser, step 2: count the words and find the most frequent ones."""
import heapq


def count_words(words):
    """Return a dict mapping each word to how many times it appears in ``words``."""
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


def top_k(counts, k):
    """Return the ``k`` most frequent words as (word, count) pairs, most frequent first.

    Words with the same count come in alphabetical order. ``k`` larger than the number of
    words gives them all; ``k`` of 0 or less gives an empty list.
    """
    if k <= 0:
        return []
    return heapq.nsmallest(k, counts.items(), key=lambda pair: (-pair[1], pair[0]))
