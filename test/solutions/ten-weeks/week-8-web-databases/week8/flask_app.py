"""Week 8: a small Flask app."""
from flask import Flask, jsonify, request


def create_app():
    """Build the app.

    - ``GET /hello`` answers the text ``Hello, <name>!``, the name from ``?name=``, default ``world``.
    - ``GET /square/<n>`` (n an int) answers JSON ``{"n": n, "square": n * n}``.
    - ``POST /echo`` with a JSON body answers JSON ``{"received": <that body>}``; a body that is
      not JSON answers 400.
    """
    app = Flask(__name__)

    @app.get("/hello")
    def hello():
        return "Hello, %s!" % request.args.get("name", "world")

    @app.get("/square/<int:n>")
    def square(n):
        return jsonify(n=n, square=n * n)

    @app.post("/echo")
    def echo():
        data = request.get_json(silent=True)
        if data is None:
            return jsonify(error="send JSON"), 400
        return jsonify(received=data)

    return app
