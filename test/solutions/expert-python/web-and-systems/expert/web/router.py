"""A tiny HTTP router: the part of a web framework that picks which function answers a request."""


class HTTPError(Exception):
    """Raised by a handler to answer with an error status, e.g. HTTPError(404, "no such user")."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


def _match(pattern, path):
    """The parameters if `path` fits `pattern`, else None."""
    wanted = pattern.strip("/").split("/")
    given = path.strip("/").split("/") if path.strip("/") else [""]
    if path.endswith("//") or len(wanted) != len(given):
        return None
    params = {}
    for want, got in zip(wanted, given):
        if want.startswith("{") and want.endswith("}"):
            name, _, kind = want[1:-1].partition(":")
            if not got or (kind == "int" and not got.isdigit()):
                return None
            params[name] = int(got) if kind == "int" else got
        elif want != got:
            return None
    return params


class Router:
    """Routes requests to handler functions.

    Patterns are paths whose segments may be parameters: "/users/{name}" matches one
    non-empty segment and passes it as text; "/users/{user_id:int}" matches digits only and
    passes an int. A trailing slash in a request path is ignored. When several patterns
    match, the one registered first wins.
    """

    def __init__(self):
        self.routes = []

    def route(self, method, pattern):
        """Decorator: register the function as the handler of `method` (GET, POST, ...) on
        `pattern`, and return the function unchanged."""
        def register(handler):
            self.routes.append((method.upper(), pattern, handler))
            return handler
        return register

    def dispatch(self, method, path, body=None):
        """Answer one request with (status, payload).

        The handler is called with the path parameters as keyword arguments, plus body=body
        when `body` is not None. It returns a payload (status 200) or a (status, payload)
        tuple. Errors answer {"error": <message>}:
          404 "not found"            no pattern matches the path
          405 "method not allowed"   a pattern matches the path, but not for this method
          HTTPError(status, msg)     raised by the handler: that status and message
          500 "internal error"       any other exception (never its message: it may hold secrets)
        """
        if len(path) > 1 and path.endswith("/") and not path.endswith("//"):
            path = path[:-1]
        path_known = False
        for route_method, pattern, handler in self.routes:
            params = _match(pattern, path)
            if params is None:
                continue
            path_known = True
            if route_method != method.upper():
                continue
            if body is not None:
                params["body"] = body
            try:
                result = handler(**params)
            except HTTPError as err:
                return err.status, {"error": err.message}
            except Exception:
                return 500, {"error": "internal error"}
            if isinstance(result, tuple) and len(result) == 2 and isinstance(result[0], int):
                return result
            return 200, result
        if path_known:
            return 405, {"error": "method not allowed"}
        return 404, {"error": "not found"}
