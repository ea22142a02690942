"""Text analyser, step 2, with collections.Counter and one sort."""
from collections import Counter


def count_words(words):
    return dict(Counter(words))


def top_k(counts, k):
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    return ranked[:max(k, 0)]
