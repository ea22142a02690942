"""Checks for the `flask-app` milestone (week8/flask_app.py)."""
from pymastery import call, expect_equal, learner_module


def _client():
    app = call(learner_module().create_app).value
    return app.test_client()


def check_hello():
    """GET /hello greets the name from the query, or the world"""
    client = _client()
    expect_equal(client.get("/hello?name=Ada").get_data(as_text=True), "Hello, Ada!",
                 hint="request.args.get(\"name\", \"world\") reads the query.")
    expect_equal(client.get("/hello").get_data(as_text=True), "Hello, world!")


def check_square():
    """GET /square/7 answers JSON, and /square/x is 404"""
    client = _client()
    answer = client.get("/square/7")
    expect_equal((answer.status_code, answer.get_json()), (200, {"n": 7, "square": 49}),
                 hint="A route of \"/square/<int:n>\" gives n as an int; return jsonify(...) or a dict.")
    expect_equal(client.get("/square/seven").status_code, 404,
                 hint="The int: converter makes Flask answer 404 for a path that is not a number.")


def check_echo():
    """POST /echo returns the JSON it got; a body that is not JSON gives 400"""
    client = _client()
    answer = client.post("/echo", json={"a": [1, 2]})
    expect_equal((answer.status_code, answer.get_json()), (200, {"received": {"a": [1, 2]}}))
    bad = client.post("/echo", data="not json", content_type="text/plain")
    expect_equal(bad.status_code, 400,
                 hint="request.get_json(silent=True) gives None instead of raising; answer 400 then.")
