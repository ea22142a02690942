"""Text analyser, step 2: count the words and find the most frequent ones."""


def count_words(words):
    """Return a dict mapping each word to how many times it appears in ``words``."""
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


def top_k(counts, k):
    """Pick the best, remove it, repeat: a scan of what is left for every word picked."""
    left = dict(counts)
    ranked = []
    while left and len(ranked) < k:
        best = min(left, key=lambda word: (-left[word], word))
        ranked.append((best, left.pop(best)))
    return ranked
