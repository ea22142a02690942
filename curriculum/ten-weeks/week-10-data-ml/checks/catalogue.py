"""Checks for the `recommender-catalogue` milestone (week10/recommender/catalogue.py)."""
from pymastery import call, expect_equal, learner_module, temp_folder

MOVIES = """title,genres,description
Star Harbour,Sci-Fi|Adventure,A crew of smugglers crosses the galaxy
Quiet Lanes,Drama,
Pie Contest,Comedy|Family,"A baker, a judge and a runaway goat"
Untitled,,Nobody knows what happens
"""


def _movies():
    module = learner_module()
    with temp_folder({"movies.csv": MOVIES}) as folder:
        return call(module.load_movies, folder.path("movies.csv")).value


def check_reads_the_movies():
    """load_movies keeps the rows and columns of the file"""
    movies = _movies()
    expect_equal(list(movies.columns)[:3], ["title", "genres", "description"])
    expect_equal(list(movies["title"]), ["Star Harbour", "Quiet Lanes", "Pie Contest", "Untitled"])


def check_builds_the_text():
    """the text column joins genres and description"""
    movies = _movies()
    expect_equal(" ".join(str(movies["text"][0]).split()), "Sci-Fi Adventure A crew of smugglers crosses the galaxy",
                 hint="Replace \"|\" with a space in genres, then add a space and the description.")
    expect_equal(" ".join(str(movies["text"][2]).split()), "Comedy Family A baker, a judge and a runaway goat")


def check_missing_cells():
    """a missing genre or description counts as empty"""
    movies = _movies()
    texts = [" ".join(str(text).split()) for text in movies["text"]]
    expect_equal(texts[1], "Drama", hint="fillna(\"\") on both columns before joining them, or \"nan\" creeps in.")
    expect_equal(texts[3], "Nobody knows what happens")
