"""A tiny HTTP router: the part of a web framework that picks which function answers a request."""


class HTTPError(Exception):
    """Raised by a handler to answer with an error status, e.g. HTTPError(404, "no such user")."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


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
            # TODO
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
        # TODO
        return 404, {"error": "not found"}
