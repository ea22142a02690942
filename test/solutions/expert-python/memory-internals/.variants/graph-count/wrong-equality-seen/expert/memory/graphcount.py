"""Wrong: remembers what it saw with `in` on a list, which compares with ==."""
import types


def children(obj):
    if isinstance(obj, dict):
        return list(obj.keys()) + list(obj.values())
    if isinstance(obj, (list, tuple, set, frozenset)):
        return list(obj)
    if isinstance(obj, (type, types.FunctionType, types.BuiltinFunctionType, types.ModuleType)):
        return []
    if hasattr(obj, "__dict__"):
        return list(vars(obj).values())
    return []


def reachable(root):
    found = []
    stack = [root]
    while stack:
        obj = stack.pop()
        try:
            if obj in found:
                continue
        except RecursionError:
            continue
        found.append(obj)
        stack.extend(reversed(children(obj)))
    return found


def count_distinct(root):
    return len(reachable(root))
