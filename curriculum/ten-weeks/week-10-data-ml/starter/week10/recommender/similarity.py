"""Movie recommender, part 2: how alike are two movies?"""
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity


def similarity_matrix(texts):
    """Return an n-by-n numpy array: the cosine similarity of the TF-IDF vectors of
    ``texts``, English stop words left out. Entry [i][j] is near 1 when texts i and j share
    many rare words and 0 when they share none."""
    # TODO
    raise NotImplementedError("similarity_matrix is not written yet")
