"""Movie recommender, part 3: recommendations."""
from similarity import similarity_matrix


def recommend(movies, title, k=5):
    """The ``k`` titles most like ``title`` in ``movies`` (a DataFrame with ``title`` and
    ``text`` columns), best first.

    Similarity is similarity_matrix over the ``text`` column. The movie itself is never
    recommended; equal scores are ordered by title; fewer than ``k`` other movies give them
    all. An unknown title raises KeyError.
    """
    # TODO
    raise NotImplementedError("recommend is not written yet")
