"""Movie recommender, part 3: recommendations."""
from similarity import similarity_matrix


def recommend(movies, title, k=5):
    """The ``k`` titles most like ``title`` in ``movies`` (a DataFrame with ``title`` and
    ``text`` columns), best first.

    Similarity is similarity_matrix over the ``text`` column. The movie itself is never
    recommended; equal scores are ordered by title; fewer than ``k`` other movies give them
    all. An unknown title raises KeyError.
    """
    titles = list(movies["title"])
    if title not in titles:
        raise KeyError(title)
    index = titles.index(title)
    scores = similarity_matrix(movies["text"])[index]
    others = [(-scores[j], titles[j]) for j in range(len(titles)) if j != index]
    return [name for _, name in sorted(others)[:k]]
