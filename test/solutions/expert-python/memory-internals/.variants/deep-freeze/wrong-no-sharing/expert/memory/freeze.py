"""Wrong: detects cycles, but freezes a shared object again every time it is met."""
import types


def deep_freeze(value, _path=()):
    if not isinstance(value, (list, tuple, dict, set, frozenset)):
        return value
    if any(value is seen for seen in _path):
        raise ValueError("cycle")
    path = _path + (value,)
    if isinstance(value, dict):
        return types.MappingProxyType({k: deep_freeze(v, path) for k, v in value.items()})
    if isinstance(value, (set, frozenset)):
        return frozenset(value)
    return tuple(deep_freeze(item, path) for item in value)
