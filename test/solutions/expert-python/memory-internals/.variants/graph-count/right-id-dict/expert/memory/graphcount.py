"""Another right answer: a dict from id to object, and an index-based stack of iterators."""
import types

SKIP = (type, types.FunctionType, types.BuiltinFunctionType, types.ModuleType)


def children(obj):
    if isinstance(obj, dict):
        return [*obj, *obj.values()]
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [*obj]
    if not isinstance(obj, SKIP) and hasattr(obj, "__dict__"):
        return [*vars(obj).values()]
    return []


def reachable(root):
    seen = {id(root): root}
    order = [root]
    pending = [iter(children(root))]
    while pending:
        child = next(pending[-1], pending)
        if child is pending:
            pending.pop()
        elif id(child) not in seen:
            seen[id(child)] = child
            order.append(child)
            pending.append(iter(children(child)))
    return order


def count_distinct(root):
    return len(reachable(root))
