"""Capstone 5, step 3: answer a query with the k best books."""
import heapq


def search(index, trie, query, k=5):
    """Return the ``k`` best books for ``query`` as a list of ``(book, score)`` pairs.

    - ``index`` is what build_index returns; ``trie`` holds every word of the index.
    - The query is split on white space and lower-cased. A term ending in ``*`` stands for every
      indexed word starting with what comes before the star (``whal*``: whale, whales ...).
    - A book's score is the sum, over the query's words (stars expanded), of the times the
      word appears in it. Books scoring 0 are left out.
    - Highest score first; equal scores in book name order (A to Z). Use a heap to pick the
      top k rather than sorting every book; k of 0 or less gives [].
    """
    if k <= 0:
        return []
    scores = {}
    for term in query.lower().split():
        words = trie.words_with_prefix(term[:-1]) if term.endswith("*") else [term]
        for word in words:
            for book, count in index.get(word, {}).items():
                scores[book] = scores.get(book, 0) + count
    return sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))[:k]
