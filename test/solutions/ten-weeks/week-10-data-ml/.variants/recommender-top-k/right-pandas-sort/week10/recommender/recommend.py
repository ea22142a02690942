import pandas as pd

from similarity import similarity_matrix


def recommend(movies, title, k=5):
    matches = movies.index[movies["title"] == title]
    if len(matches) == 0:
        raise KeyError(title)
    row = movies.index.get_loc(matches[0])
    table = pd.DataFrame({"title": movies["title"].to_numpy(),
                          "score": similarity_matrix(movies["text"])[row]}).drop(index=row)
    table = table.sort_values(["score", "title"], ascending=[False, True])
    return table["title"].head(k).tolist()
