"""Wrong: right by identity, but recursive, so a deep chain hits the recursion limit."""
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
    seen = set()
    found = []

    def visit(obj):
        if id(obj) in seen:
            return
        seen.add(id(obj))
        found.append(obj)
        for child in children(obj):
            visit(child)

    visit(root)
    return found


def count_distinct(root):
    return len(reachable(root))
