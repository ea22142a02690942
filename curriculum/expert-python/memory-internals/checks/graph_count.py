"""Checks for the `graph-count` milestone (expert/memory/graphcount.py: children, reachable, count_distinct)."""
from pymastery import call, expect, expect_equal, fail, learner_module


class Leaf:
    """An object with no attributes: a child with an identity of its own and no children."""

    def __repr__(self):
        return "Leaf#%d" % (id(self) % 1000)


class Holder:
    """A user-class instance whose attributes are followed."""

    def __init__(self, **attributes):
        self.__dict__.update(attributes)

    def __repr__(self):
        return "Holder(%s)" % ", ".join(sorted(vars(self)))


def _same_objects(found, expected):
    """True when the two lists hold the same objects, by identity, in the same order."""
    return len(found) == len(expected) and all(a is b for a, b in zip(found, expected))


def _names(objects, legend):
    out = []
    for obj in objects:
        name = next((n for n, o in legend.items() if o is obj), None)
        out.append(name if name else type(obj).__name__)
    return out


def check_children_of_containers():
    """children gives dict keys then values, sequence items, and instance attribute values"""
    graph = learner_module()
    a, b, c = Leaf(), Leaf(), Leaf()
    mapping = {"k": a, "j": b}
    key_k, key_j = list(mapping)
    cases = [
        (mapping, [key_k, key_j, a, b], "a dict gives its keys, then its values"),
        ([a, b, a], [a, b, a], "a list gives its items, repeats included"),
        ((c, a), [c, a], "a tuple gives its items"),
        (frozenset([b]), [b], "a frozenset gives its items"),
        (Holder(first=a, second=c), [a, c], "an instance gives the values of vars(obj)"),
    ]
    for obj, expected, what in cases:
        got = list(call(graph.children, obj).value)
        expect(_same_objects(got, expected),
               "children(%r) gave %r; %s: %r" % (obj, got, what, expected),
               hint="Test the type of obj (isinstance) and return the matching items; "
                    "for a dict, list(d.keys()) + list(d.values()).")


def check_children_of_leaves():
    """numbers, strings, None, classes, functions and modules have no children"""
    graph = learner_module()
    import math
    for obj in (7, 2.5, "text", None, Leaf, len, math, b"raw"):
        got = list(call(graph.children, obj).value)
        expect_equal(got, [], message="children(%r) should be empty, got %r" % (obj, got),
                     hint="Classes, functions and modules have a __dict__ too; leave them out "
                          "(isinstance(obj, type), callable or types.ModuleType).")


def check_shared_object_counts_once():
    """an object reached twice is listed once"""
    graph = learner_module()
    leaf = Leaf()
    shared = [leaf]
    root = [shared, shared]
    got = call(graph.reachable, root).value
    expect(_same_objects(list(got), [root, shared, leaf]),
           "reachable([shared, shared]) gave %r, expected [root, shared, leaf]" % (got,),
           hint="Before walking into an object, check whether you have seen that very object.")


def check_equal_but_distinct_counts_twice():
    """two equal lists are two objects"""
    graph = learner_module()
    first, second = [None], [None]
    root = (first, second)
    got = list(call(graph.reachable, root).value)
    expect(_same_objects(got, [root, first, None, second]),
           "reachable(([None], [None])) listed %d objects: %r; the two lists are equal but "
           "separate, so they count twice (None, one object, counts once)" % (len(got), got),
           hint="`x in seen_list` and sets of objects use ==. Remember what you saw by "
                "identity: a set of id(obj), or a dict keyed by id(obj).")


def check_cycles_end():
    """a cycle is walked once and the walk ends"""
    graph = learner_module()
    loop = []
    loop.append(loop)
    got = list(call(graph.reachable, loop).value)
    expect(_same_objects(got, [loop]), "a list that contains itself gave %r" % (got,))
    parent = Holder()
    child = Holder(up=parent)
    parent.down = child
    got = list(call(graph.reachable, parent).value)
    expect(_same_objects(got, [parent, child]),
           "parent and child pointing at each other gave %r" % (got,),
           hint="Mark an object as seen before you visit its children.")


def check_depth_first_order():
    """reachable lists objects depth first, in pre-order"""
    graph = learner_module()
    x, y, z, w = Leaf(), Leaf(), Leaf(), Leaf()
    inner = [y, z]
    root = {"one": [x, inner], "two": (w, x)}
    one, two = root["one"], root["two"]
    legend = {"root": root, "one": one, "two": two, "inner": inner, "x": x, "y": y, "z": z, "w": w}
    key_one, key_two = list(root)
    expected = [root, key_one, key_two, one, x, inner, y, z, two, w]
    got = list(call(graph.reachable, root).value)
    if not _same_objects(got, expected):
        fail("reachable gave the objects in this order: %s" % _names(got, legend),
             expected=_names(expected, legend), actual=_names(got, legend),
             hint="Visit an object, then everything under its first child, then its second... "
                  "With an explicit stack, push the children in reverse order.")


def check_count_and_deep_graph():
    """count_distinct counts them, even on a long chain"""
    graph = learner_module()
    shared = [1.5]
    data = {"a": shared, "b": shared}
    data["self"] = data
    expect_equal(call(graph.count_distinct, data).value, 6,
                 hint="The dict, its three keys, the list and the float: 6.")
    chain = None
    for _ in range(3000):
        chain = Holder(link=chain)
    try:
        count = graph.count_distinct(chain)
    except RecursionError:
        fail("count_distinct on a chain of 3000 objects, each holding the next, raised RecursionError",
             hint="Python limits recursion to about 1000 calls. Walk with a list used as a "
                  "stack instead of calling yourself.")
    expect_equal(count, 3001)
