"""Checks for the `recipe-api` milestone (capstone4/api.py). FastAPI's TestClient, SQLite in a
temporary folder."""
from pymastery import call, expect, expect_equal, fail, learner_module, temp_folder

RECIPES = [("Pancakes", ["egg", "flour", "milk"]), ("Omelette", ["egg", "cheese", "milk"]),
           ("Crepes", ["egg", "flour", "milk", "butter"]), ("Toast", ["bread", "butter"])]


def _client(folder):
    from fastapi.testclient import TestClient
    app = call(learner_module().create_app, "sqlite:///" + folder.path("api.db")).value
    return TestClient(app)


def _json(response):
    try:
        return response.json()
    except ValueError:
        fail("%s answered with a body that is not JSON: %r" % (response.request.url.path,
                                                              response.text[:200]))


def _fill(client):
    ids = []
    for name, items in RECIPES:
        response = call(client.post, "/recipes", json={"name": name, "ingredients": items}).value
        expect(response.status_code != 404, "POST /recipes answered 404: there is no such route yet",
               hint="Add @app.post(\"/recipes\", status_code=201) inside create_app.")
        expect_equal(response.status_code, 201, hint="status_code=201 in the decorator.")
        ids.append(_json(response)["id"])
    return ids


def check_create_and_read():
    """POST /recipes then GET /recipes/{id}"""
    with temp_folder() as folder:
        client = _client(folder)
        response = call(client.post, "/recipes",
                        json={"name": "Pancakes", "ingredients": ["Milk", "egg", "flour"]}).value
        expect_equal(response.status_code, 201,
                     hint="Add @app.post(\"/recipes\", status_code=201) inside create_app.")
        created = _json(response)
        expect_equal((created.get("name"), created.get("ingredients")),
                     ("Pancakes", ["egg", "flour", "milk"]),
                     hint="Store it with add_recipe and answer with id, name and the sorted names.")
        response = call(client.get, "/recipes/%s" % created.get("id")).value
        expect_equal(response.status_code, 200)
        expect_equal(_json(response), created)
        expect_equal(call(client.get, "/recipes/9999").value.status_code, 404,
                     hint="raise HTTPException(status_code=404) for an unknown id.")


def check_search():
    """GET /search?ingredients=... ranks by matches"""
    with temp_folder() as folder:
        client = _client(folder)
        _fill(client)
        response = call(client.get, "/search", params={"ingredients": "flour,butter"}).value
        expect_equal(response.status_code, 200, hint="Add @app.get(\"/search\").")
        expect_equal([(r.get("name"), r.get("matched")) for r in _json(response)],
                     [("Crepes", 2), ("Pancakes", 1), ("Toast", 1)],
                     hint="Split the ingredients parameter at commas and use find_by_ingredients.")


def check_similar():
    """GET /recipes/{id}/similar ranks by cosine similarity"""
    with temp_folder() as folder:
        client = _client(folder)
        ids = _fill(client)
        response = call(client.get, "/recipes/%d/similar" % ids[0], params={"k": 2}).value
        expect_equal(response.status_code, 200, hint="Add @app.get(\"/recipes/{recipe_id}/similar\").")
        body = _json(response)
        expect_equal([(r.get("name"), r.get("score")) for r in body],
                     [("Crepes", 0.866), ("Omelette", 0.667)],
                     hint="Compare the recipe's ingredients with every other recipe's using "
                          "rank_similar, and round the scores to 3 decimals.")
        expect_equal(call(client.get, "/recipes/9999/similar").value.status_code, 404)
        default = _json(call(client.get, "/recipes/%d/similar" % ids[3]).value)
        expect_equal([r.get("name") for r in default], ["Crepes"],
                     hint="Leave out the recipe itself and every recipe scoring 0.")
