import pandas as pd


def load_movies(path):
    movies = pd.read_csv(path)
    movies["text"] = movies["genres"].astype(str).str.replace("|", " ", regex=False) + " " + movies["description"].astype(str)
    return movies
