"""Checks for the `recommender-top-k` milestone (week10/recommender/recommend.py)."""
from pymastery import call, expect, expect_equal, expect_raises, learner_module


def _movies():
    import pandas as pd
    rows = [
        ("Moon Run", "SciFi space pilots race on the frozen moon"),
        ("Moon Base", "SciFi space pilots defend the frozen moon base"),
        ("Mars Home", "SciFi space farmers settle on mars"),
        ("Goat Mayor", "Comedy talking goat runs for mayor"),
        ("Bake Off", "Comedy bakers compete for a prize"),
        ("Moon Run Again", "SciFi space pilots race on the frozen moon"),
    ]
    return pd.DataFrame(rows, columns=["title", "text"])


def check_best_first():
    """recommend lists the closest movies first, never the movie itself"""
    module = learner_module()
    picks = call(module.recommend, _movies(), "Moon Run", k=3).value
    expect(isinstance(picks, list), f"recommend returned {picks!r}, not a list")
    expect("Moon Run" not in picks, f"'Moon Run' recommended itself: {picks}",
           hint="Skip the movie's own row: it always scores 1 against itself.")
    expect_equal(picks, ["Moon Run Again", "Moon Base", "Mars Home"],
                 hint="Take the movie's row of similarity_matrix(movies[\"text\"]) and sort the others by score, "
                      "highest first.")


def check_top_k_and_ties():
    """k limits the list; equal scores go by title"""
    module = learner_module()
    movies = _movies()
    expect_equal(call(module.recommend, movies, "Moon Base", k=1).value, ["Moon Run"],
                 hint="Two movies tie for first; ties are broken by title, alphabetically.")
    expect_equal(len(call(module.recommend, movies, "Goat Mayor").value), 5, hint="k is 5 unless given.")
    expect_equal(len(call(module.recommend, movies, "Goat Mayor", k=50).value), 5,
                 hint="With fewer than k other movies, return them all.")


def check_unknown_title():
    """an unknown title raises KeyError"""
    module = learner_module()
    expect_raises(KeyError, module.recommend, _movies(), "No Such Film",
                  hint="Look the title up first and raise KeyError(title) if it is not there.")
