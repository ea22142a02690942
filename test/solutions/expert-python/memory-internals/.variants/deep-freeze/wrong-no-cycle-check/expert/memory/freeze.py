"""Wrong: shares frozen copies, but has no cycle check, so a cycle recurses until RecursionError."""
import types


def deep_freeze(value, _done=None):
    done = {} if _done is None else _done
    if not isinstance(value, (list, tuple, dict, set, frozenset)):
        return value
    if id(value) in done:
        return done[id(value)][1]
    if isinstance(value, dict):
        result = types.MappingProxyType({k: deep_freeze(v, done) for k, v in value.items()})
    elif isinstance(value, (set, frozenset)):
        result = frozenset(value)
    else:
        result = tuple([deep_freeze(item, done) for item in value])
    done[id(value)] = (value, result)
    return result
