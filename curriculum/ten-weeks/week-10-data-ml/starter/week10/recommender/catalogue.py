"""Movie recommender, part 1: the catalogue."""
import pandas as pd


def load_movies(path):
    """Read the movies CSV at ``path`` (columns ``title,genres,description``).

    ``genres`` is a "|"-separated list such as "Comedy|Drama". Return a DataFrame with the
    three columns and one more, ``text``: the genres separated by spaces, a space, then the
    description. A missing genres or description counts as empty text. Rows keep file order.
    """
    # TODO
    raise NotImplementedError("load_movies is not written yet")
