from similarity import similarity_matrix


def recommend(movies, title, k=5):
    titles = list(movies["title"])
    if title not in titles:
        raise KeyError(title)
    scores = similarity_matrix(movies["text"])[titles.index(title)]
    ranked = sorted((-s, t) for s, t in zip(scores, titles) if s < 0.999999)
    return [t for _, t in ranked[:k]]
