"""Capstone 4, step 1: how alike two recipes are, by their ingredients."""
import math


def cosine_similarity(a, b):
    """Return the cosine similarity of two sets of ingredient names.

    Seen as vectors of 0s and 1s (one place per ingredient), the cosine is the number of shared
    ingredients divided by the square root of (size of a times size of b): 1.0 for the same
    set, 0.0 for nothing in common, and 0.0 when either set is empty.
    """
    if not a or not b:
        return 0.0
    return len(set(a) & set(b)) / math.sqrt(len(set(a)) * len(set(b)))


def rank_similar(target, candidates, k=3):
    """Return the ``k`` candidates most similar to the set ``target``, as ``(key, score)``
    pairs, highest score first and equal scores by key; candidates with a score of 0 are left
    out. ``candidates`` maps a key (such as a recipe id) to its set of ingredients."""
    scored = [(key, cosine_similarity(target, ingredients))
              for key, ingredients in candidates.items()]
    scored = [pair for pair in scored if pair[1] > 0]
    scored.sort(key=lambda pair: (-pair[1], pair[0]))
    return scored[:max(k, 0)]
