"""Right: a memo dict passed down, with a marker object standing for "still in progress"."""
from types import MappingProxyType

_BUSY = object()


def deep_freeze(value, memo=None):
    memo = {} if memo is None else memo
    if isinstance(value, (set, frozenset)):
        return frozenset(value)
    if not isinstance(value, (list, tuple, dict)):
        return value
    entry = memo.get(id(value))
    if entry is not None:
        if entry[1] is _BUSY:
            raise ValueError("a %s cannot be frozen: it contains itself" % type(value).__name__)
        return entry[1]
    memo[id(value)] = (value, _BUSY)
    if isinstance(value, dict):
        frozen = MappingProxyType(dict((k, deep_freeze(v, memo)) for k, v in value.items()))
    else:
        frozen = tuple([deep_freeze(item, memo) for item in value])
    memo[id(value)] = (value, frozen)
    return frozen
