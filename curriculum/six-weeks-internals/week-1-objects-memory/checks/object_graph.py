"""Checks for the `object-graph` milestone: memviz draws what an object refers to, as DOT text."""
import re

from pymastery import call, expect, expect_equal, expect_isinstance, fail, learner_module

NODE = re.compile(r'^\s*(n\d+)\s*\[(.*)\]\s*;?\s*$')
EDGE = re.compile(r'^\s*(n\d+)\s*->\s*(n\d+)\s*(\[.*\])?\s*;?\s*$')
LABEL = re.compile(r'label\s*=\s*"((?:[^"\\]|\\.)*)"')


class Box:
    """A custom object whose attributes the graph should follow."""

    def __init__(self, content, note):
        self.content = content
        self.note = note


def _follow(obj):
    """The references the graph is meant to follow, per the docstring."""
    if isinstance(obj, (list, tuple, set, frozenset)):
        return list(obj)
    if isinstance(obj, dict):
        return list(obj.values())
    if isinstance(obj, (int, float, str, bytes, type(None))):
        return []
    return list(vars(obj).values())


def _expected(root, max_depth):
    nodes, edges, depth_of = set(), set(), {id(root): 0}
    queue = [root]
    while queue:
        obj = queue.pop(0)
        nodes.add("n{}".format(id(obj)))
        if depth_of[id(obj)] >= max_depth:
            continue
        for child in _follow(obj):
            edges.add(("n{}".format(id(obj)), "n{}".format(id(child))))
            if id(child) not in depth_of:
                depth_of[id(child)] = depth_of[id(obj)] + 1
                queue.append(child)
    return nodes, edges


def _parse(text):
    expect_isinstance(text, str, hint="Return the DOT text as one string.")
    lines = [line for line in text.strip().splitlines() if line.strip()]
    expect(
        bool(lines) and lines[0].strip().startswith("digraph") and lines[0].rstrip().endswith("{"),
        "the text does not start with a 'digraph objects {' line",
        hint="The first line is the graph header: digraph objects {",
    )
    expect_equal(lines[-1].strip(), "}", hint="The last line closes the graph with }.")
    nodes, edges = {}, set()
    for line in lines[1:-1]:
        edge = EDGE.match(line)
        if edge:
            edges.add((edge.group(1), edge.group(2)))
            continue
        node = NODE.match(line)
        if node:
            label = LABEL.search(node.group(2))
            if label is None:
                fail("node {} has no label=\"...\" attribute".format(node.group(1)),
                     hint='Write each node as n<id> [label="<type name>"];')
            if node.group(1) in nodes:
                fail("node {} is declared twice".format(node.group(1)),
                     hint="Remember the ids you have already drawn and draw each object once.")
            nodes[node.group(1)] = label.group(1)
            continue
        fail("this line is neither a node nor an edge: {!r}".format(line.strip()),
             hint='Nodes look like n123 [label="list"]; and edges like n123 -> n456;')
    return nodes, edges


def check_nodes_and_edges():
    """a list holding a dict and a custom object is drawn with every reference"""
    tool = learner_module()
    root = [{"size": 10, "name": "bolt"}, Box("gears", None), (7, 8)]
    nodes, edges = _parse(call(tool.object_graph, root, 5).value)
    want_nodes, want_edges = _expected(root, 5)
    expect_equal(
        sorted(nodes), sorted(want_nodes),
        hint="Name each node 'n' + str(id(obj)) and draw every object reached: the items of "
             "lists and tuples, the values of dicts, the attribute values of custom objects.",
    )
    expect_equal(
        sorted(edges), sorted(want_edges),
        hint="Draw one edge per reference, from the holder to the held object: "
             "n<id(holder)> -> n<id(held)>.",
    )


def check_labels_start_with_type():
    """each node's label starts with the object's type name"""
    tool = learner_module()
    box = Box(["a"], 2.5)
    nodes, _ = _parse(call(tool.object_graph, box, 4).value)
    for obj in (box, box.content, box.content[0], box.note):
        key = "n{}".format(id(obj))
        expect(key in nodes, "no node for the {} inside the Box".format(type(obj).__name__),
               hint="Every object reached gets a node named n<id>.")
        expect(
            nodes[key].startswith(type(obj).__name__),
            "the label of the {} node is {!r}".format(type(obj).__name__, nodes[key]),
            hint="Start each label with type(obj).__name__; a repr may follow, like 'int: 3'.",
        )


def check_shared_and_cycles():
    """shared objects appear once and a cycle does not loop forever"""
    tool = learner_module()
    shared = ["twice"]
    loop = {"items": shared, "again": shared}
    loop["self"] = loop
    nodes, edges = _parse(call(tool.object_graph, loop, 10).value)
    want_nodes, want_edges = _expected(loop, 10)
    expect_equal(
        sorted(nodes), sorted(want_nodes),
        hint="Keep a set of the ids you have drawn; an object reached twice (or reached from "
             "itself) is drawn once.",
    )
    expect_equal(
        sorted(edges), sorted(want_edges),
        hint="Even when the object was drawn already, the edge that reaches it is still drawn.",
    )


def check_max_depth():
    """objects at max_depth are drawn but not opened"""
    tool = learner_module()
    deep = [[["bottom"]]]
    for limit in (0, 1, 2):
        nodes, edges = _parse(call(tool.object_graph, deep, limit).value)
        want_nodes, want_edges = _expected(deep, limit)
        expect_equal(
            sorted(nodes), sorted(want_nodes),
            message="with max_depth={} the graph has {} node(s), expected {}".format(
                limit, len(nodes), len(want_nodes)),
            hint="The root is at depth 0. Objects at depth max_depth get a node, but you don't "
                 "follow their references.",
        )
        expect_equal(sorted(edges), sorted(want_edges),
                     hint="No edges leave an object at depth max_depth.")


def check_escapes_quotes():
    """a string with quotes in it still gives valid labels"""
    tool = learner_module()
    root = ['say "hi"', "back\\slash"]
    nodes, _ = _parse(call(tool.object_graph, root, 2).value)
    expect_equal(
        len(nodes), 3,
        hint='A " inside a label ends it early. Escape \\ as \\\\ and " as \\" in labels.',
    )
