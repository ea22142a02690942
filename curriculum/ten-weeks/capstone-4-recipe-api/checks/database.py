"""Checks for the `recipe-db` milestone (capstone4/db.py). SQLite in a temporary folder."""
from pymastery import call, expect_equal, learner_module, temp_folder


def _session(module, folder):
    sessions = call(module.make_sessions, "sqlite:///" + folder.path("recipes.db")).value
    return sessions()


def check_add_recipe():
    """add_recipe stores a recipe and reuses ingredients"""
    module = learner_module()
    with temp_folder() as folder:
        session = _session(module, folder)
        try:
            pancakes = call(module.add_recipe, session, "Pancakes", ["Egg", " flour", "milk", "egg"]).value
            expect_equal(pancakes.ingredient_names(), ["egg", "flour", "milk"],
                         hint="Normalise each name and store each ingredient once per recipe.")
            call(module.add_recipe, session, "Omelette", ["egg", "cheese"])
            names = sorted(i.name for i in session.query(module.Ingredient).all())
            expect_equal(names, ["cheese", "egg", "flour", "milk"],
                         hint="Look the ingredient up by name first and reuse it; create it only "
                              "when it is missing.")
        finally:
            session.close()
        session = _session(module, folder)
        try:
            expect_equal(session.query(module.Recipe).count(), 2,
                         hint="Commit the session so the recipe is really saved.")
        finally:
            session.close()


def check_find_by_ingredients():
    """find_by_ingredients ranks recipes by how many wanted ingredients they use"""
    module = learner_module()
    with temp_folder() as folder:
        session = _session(module, folder)
        try:
            for name, items in [("Pancakes", ["egg", "flour", "milk"]),
                                ("Omelette", ["egg", "cheese"]),
                                ("Rice pudding", ["rice", "milk", "sugar"]),
                                ("Toast", ["bread"])]:
                module.add_recipe(session, name, items)
            found = call(module.find_by_ingredients, session, ["MILK", "egg"]).value
            expect_equal([(r.name, n) for r, n in found],
                         [("Pancakes", 2), ("Omelette", 1), ("Rice pudding", 1)],
                         hint="Count the wanted names each recipe uses, keep counts above 0, "
                              "and sort by (-matched, name).")
            expect_equal(call(module.find_by_ingredients, session, ["caviar"]).value, [])
        finally:
            session.close()
