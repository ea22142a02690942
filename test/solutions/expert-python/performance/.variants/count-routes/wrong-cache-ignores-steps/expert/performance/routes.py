"""Wrong: a module-level cache keyed by the height only, so step sets share answers."""
_known = {}


def count_routes(n, steps=(1, 2)):
    if n < 0:
        return 0
    if n == 0:
        return 1
    if n not in _known:
        _known[n] = sum(count_routes(n - size, steps) for size in steps)
    return _known[n]
