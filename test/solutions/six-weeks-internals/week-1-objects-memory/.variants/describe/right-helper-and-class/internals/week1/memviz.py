"""Week 1: memviz, a small command-line memory inspector (reference solution)."""
import sys


class Point:
    """A plain custom class, so the tool has something of our own to look at."""

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point({!r}, {!r})".format(self.x, self.y)


def describe(obj):
    """Return type name, id, shallow size and refcount of ``obj``."""
    facts = dict(type=obj.__class__.__name__, id=id(obj))
    facts["size"] = sys.getsizeof(obj)
    facts["refcount"] = _count_references(obj)
    return facts


def _count_references(target):
    # The extra references this helper adds are the same on every call.
    return sys.getrefcount(target)


LEAF_TYPES = (int, float, complex, bool, str, bytes, type(None))


def _label(obj):
    name = type(obj).__name__
    if isinstance(obj, LEAF_TYPES):
        text = "{}: {}".format(name, repr(obj)[:40])
    else:
        text = name
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _children(obj):
    """(edge label, child) pairs for the references the graph follows."""
    if isinstance(obj, (list, tuple)):
        return [("[{}]".format(i), item) for i, item in enumerate(obj)]
    if isinstance(obj, (set, frozenset)):
        return [("", item) for item in obj]
    if isinstance(obj, dict):
        return [(repr(key), value) for key, value in obj.items()]
    if isinstance(obj, (type, type(_label))) or isinstance(obj, LEAF_TYPES):
        return []
    attributes = getattr(obj, "__dict__", None)
    if isinstance(attributes, dict):
        return list(attributes.items())
    return []


def object_graph(root, max_depth=3):
    """Return the objects reachable from ``root`` as Graphviz DOT text."""
    lines = ["digraph objects {"]
    seen = {id(root)}
    queue = [(root, 0)]
    while queue:
        obj, depth = queue.pop(0)
        lines.append('  n{} [label="{}"];'.format(id(obj), _label(obj)))
        if depth >= max_depth:
            continue
        for label, child in _children(obj):
            edge = "  n{} -> n{}".format(id(obj), id(child))
            if label:
                edge += ' [label="{}"]'.format(label.replace("\\", "\\\\").replace('"', '\\"'))
            lines.append(edge + ";")
            if id(child) not in seen:
                seen.add(id(child))
                queue.append((child, depth + 1))
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv=None):
    """Inspect Python values from the command line and return an exit status."""
    if argv is None:
        argv = sys.argv[1:]
    dot = "--dot" in argv
    expressions = [arg for arg in argv if arg != "--dot"]
    if expressions:
        values = []
        status = 0
        for expression in expressions:
            try:
                values.append((expression, eval(expression, globals())))
            except Exception as error:
                print("error: {}: {}".format(expression, error), file=sys.stderr)
                status = 1
    else:
        values = [("[1, 2, 3]", [1, 2, 3]), ("{'a': 1}", {"a": 1}), ("Point(1, 2)", Point(1, 2))]
        status = 0
    for expression, value in values:
        if dot:
            print(object_graph(value), end="")
            continue
        facts = describe(value)
        print("{}  type={}  size={}  refs={}  id={}".format(
            expression, facts["type"], facts["size"], facts["refcount"], facts["id"]))
    return status


if __name__ == "__main__":
    sys.exit(main())
