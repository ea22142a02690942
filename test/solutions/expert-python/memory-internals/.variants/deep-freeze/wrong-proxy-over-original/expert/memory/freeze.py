"""Wrong: freezes the values in place and wraps the original dict, so the caller's dict changes and stays live."""
import types


def deep_freeze(value):
    done = {}
    busy = set()
    keep = []

    def freeze(obj):
        if not isinstance(obj, (list, tuple, dict, set, frozenset)):
            return obj
        if id(obj) in done:
            return done[id(obj)]
        if id(obj) in busy:
            raise ValueError("cycle")
        busy.add(id(obj))
        keep.append(obj)
        if isinstance(obj, dict):
            for key in obj:
                obj[key] = freeze(obj[key])
            result = types.MappingProxyType(obj)
        elif isinstance(obj, (set, frozenset)):
            result = frozenset(obj)
        else:
            result = tuple(freeze(item) for item in obj)
        busy.discard(id(obj))
        done[id(obj)] = result
        return result

    return freeze(value)
