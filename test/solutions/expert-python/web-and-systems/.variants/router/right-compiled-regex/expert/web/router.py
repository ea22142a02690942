"""A router that compiles each pattern to a regular expression when it is registered."""
import re


class HTTPError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


def _compile(pattern):
    def group(m):
        name, kind = m.group(1), m.group(2)
        return "(?P<%s>%s)" % (name, r"\d+" if kind == "int" else "[^/]+")
    return re.compile("^" + re.sub(r"\{(\w+)(?::(\w+))?\}", group, pattern.rstrip("/") or "/") + "$")


class Router:
    def __init__(self):
        self.routes = []

    def route(self, method, pattern):
        def register(handler):
            ints = set(re.findall(r"\{(\w+):int\}", pattern))
            self.routes.append((method, _compile(pattern), ints, handler))
            return handler
        return register

    def dispatch(self, method, path, body=None):
        path = path[:-1] if len(path) > 1 and path.endswith("/") else path
        allowed = []
        for route_method, regex, ints, handler in self.routes:
            found = regex.match(path)
            if not found:
                continue
            if route_method != method:
                allowed.append(route_method)
                continue
            kwargs = {k: int(v) if k in ints else v for k, v in found.groupdict().items()}
            if body is not None:
                kwargs["body"] = body
            try:
                result = handler(**kwargs)
            except HTTPError as err:
                return err.status, {"error": err.message}
            except Exception:
                return 500, {"error": "internal error"}
            return result if isinstance(result, tuple) else (200, result)
        return (405, {"error": "method not allowed"}) if allowed else (404, {"error": "not found"})
