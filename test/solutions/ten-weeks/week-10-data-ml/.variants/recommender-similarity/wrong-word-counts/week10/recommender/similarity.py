from sklearn.feature_extraction.text import CountVectorizer
from sklearn.metrics.pairwise import cosine_similarity


def similarity_matrix(texts):
    return cosine_similarity(CountVectorizer(stop_words="english").fit_transform(list(texts)))
