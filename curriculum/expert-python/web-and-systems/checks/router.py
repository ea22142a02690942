"""Checks for the `router` milestone: Router in expert/web/router.py."""
from pymastery import call, expect, expect_equal, learner_module


def _app():
    """A Router from the learner's module, with a few handlers of the check's own."""
    web = learner_module()
    router = call(web.Router).value
    seen = []

    def listing():
        return ["ada", "linus"]

    def me():
        return {"user": "me"}

    def one(user_id):
        seen.append(user_id)
        if user_id > 100:
            raise web.HTTPError(404, "no user %d" % user_id)
        return {"id": user_id}

    def create(body):
        return 201, {"created": body["name"]}

    def post_of(user_id, slug):
        return {"user": user_id, "slug": slug}

    def broken():
        raise RuntimeError("database password is hunter2")

    for method, pattern, handler in [("GET", "/users", listing), ("GET", "/users/me", me),
                                     ("GET", "/users/{user_id:int}", one), ("POST", "/users", create),
                                     ("GET", "/users/{user_id:int}/posts/{slug}", post_of),
                                     ("GET", "/boom", broken)]:
        returned = call(router.route(method, pattern), handler).value
        expect(returned is handler, "route(%r, %r) gave back %r instead of the function" % (method, pattern, returned),
               hint="The inner function of the decorator must return the handler itself, so the name still refers to it.")
    return router, seen


def _send(router, method, path, body=None):
    return tuple(call(router.dispatch, method, path, body).value)


def check_plain_routes():
    """a fixed path calls its handler; a plain payload means 200"""
    router, _ = _app()
    expect_equal(_send(router, "GET", "/users"), (200, ["ada", "linus"]),
                 hint="Keep (method, pattern, handler) for each route, and in dispatch call the one whose pattern matches.")
    expect_equal(_send(router, "GET", "/users/"), (200, ["ada", "linus"]), hint="Strip one trailing slash from the path first.")


def check_parameters():
    """{name} passes text, {name:int} passes an int, and the first match wins"""
    router, seen = _app()
    expect_equal(_send(router, "GET", "/users/42"), (200, {"id": 42}),
                 hint="Split pattern and path on \"/\" and compare segment by segment; a {user_id:int} segment must be digits, given as int().")
    expect_equal(seen, [42], hint="The handler should receive user_id=42, an int.")
    expect_equal(_send(router, "GET", "/users/me"), (200, {"user": "me"}),
                 hint="\"/users/me\" was registered before \"/users/{user_id:int}\", and the first match wins.")
    expect_equal(_send(router, "GET", "/users/7/posts/hello-world"), (200, {"user": 7, "slug": "hello-world"}))


def check_no_match_is_404():
    """a path no pattern matches answers 404, including wrong types and extra segments"""
    router, seen = _app()
    for path in ("/nowhere", "/users/abc", "/users/7/posts", "/users/7/posts/x/y", "/users//posts/x"):
        expect_equal(_send(router, "GET", path), (404, {"error": "not found"}),
                     message="GET %s should be 404" % path,
                     hint="Segments must match one for one: the same count, fixed ones equal, {x:int} only digits, {x} not empty.")
    expect_equal(seen, [], hint="A handler must not run for a path that does not match.")


def check_wrong_method_is_405():
    """a known path with the wrong method answers 405, not 404"""
    router, _ = _app()
    expect_equal(_send(router, "DELETE", "/users/3"), (405, {"error": "method not allowed"}),
                 hint="Remember whether any pattern matched the path for another method; then the answer is 405.")
    expect_equal(_send(router, "POST", "/users", {"name": "grace"}), (201, {"created": "grace"}),
                 hint="Pass body=body when a body is given, and unpack a (status, payload) tuple the handler returns.")


def check_errors():
    """HTTPError keeps its status and message; any other exception is a bland 500"""
    router, _ = _app()
    expect_equal(_send(router, "GET", "/users/101"), (404, {"error": "no user 101"}),
                 hint="Catch HTTPError around the handler call and answer (err.status, {\"error\": err.message}).")
    status, payload = _send(router, "GET", "/boom")
    expect_equal((status, payload), (500, {"error": "internal error"}),
                 hint="Catch every other Exception too, and answer 500 without the exception's text: it may hold secrets.")
