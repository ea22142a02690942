"""Checks for the `recommender-similarity` milestone (week10/recommender/similarity.py)."""
from pymastery import call, expect, expect_equal, learner_module

TEXTS = [
    "Space Adventure pilots race across a frozen moon",
    "Space Adventure pilots defend a frozen moon base",
    "Romance Drama two bakers fall in love in Paris",
    "Comedy a talking goat runs for mayor",
]


def _matrix(texts=TEXTS):
    import numpy as np
    module = learner_module()
    return np.asarray(call(module.similarity_matrix, texts).value, dtype=float)


def check_shape_and_diagonal():
    """an n-by-n matrix with 1 on the diagonal"""
    import numpy as np
    matrix = _matrix()
    expect_equal(matrix.shape, (4, 4), hint="cosine_similarity(vectors) compares every row with every row.")
    expect(np.allclose(np.diag(matrix), 1.0), f"each text should be fully like itself, diagonal {np.diag(matrix)}",
           hint="Cosine similarity of a vector with itself is 1.")
    expect(np.allclose(matrix, matrix.T), "the matrix is not symmetric: i like j should equal j like i")


def check_orders_by_shared_words():
    """texts sharing words score higher; texts sharing none score 0"""
    matrix = _matrix()
    expect(matrix[0][1] > 0.3, f"the two space films share most words but scored {matrix[0][1]:.3f}",
           hint="Build TF-IDF vectors with TfidfVectorizer, then cosine_similarity.")
    expect(abs(matrix[0][3]) < 1e-9 and abs(matrix[2][3]) < 1e-9,
           f"texts with no word in common should score 0, got {matrix[0][3]:.3f} and {matrix[2][3]:.3f}",
           hint="Leave out English stop words (stop_words=\"english\"): \"a\" and \"in\" would link anything.")


def check_rare_words_count_more():
    """a word in every text counts for less than a rare one"""
    matrix = _matrix(["film alpha", "film alpha", "film beta", "film gamma"])
    expect(matrix[0][1] > 0.99 and matrix[0][2] < 0.4,
           f"scores from the first text: {[round(float(x), 3) for x in matrix[0]]}",
           hint="Plain word counts treat \"film\" like any word; TF-IDF weighs down words every text has.")
