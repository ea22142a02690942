"""Checks for the `kg-paths` milestone (capstone10/paths.py)."""
from pymastery import call, expect, expect_equal, expect_raises, learner_module


class Graph:
    """A small undirected graph with the two things paths.py may use, counting neighbour calls."""

    def __init__(self, edges):
        self.links, self.calls = {}, {}
        for a, b in edges:
            self.links.setdefault(a, set()).add(b)
            self.links.setdefault(b, set()).add(a)

    def __contains__(self, entity):
        return entity in self.links

    def neighbours(self, entity):
        self.calls[entity] = self.calls.get(entity, 0) + 1
        return sorted(self.links.get(entity, ()))


# a long way round (a-b-c-d-e-goal) and a short one (a-x-goal), plus a separate island
EDGES = [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e"), ("e", "goal"),
         ("a", "x"), ("x", "goal"), ("island", "reef")]


def _expect_a_path(graph, path, start, goal, length):
    expect(isinstance(path, list) and path[:1] == [start] and path[-1:] == [goal],
           f"shortest_path(graph, {start!r}, {goal!r}) returned {path!r}; expected a list "
           f"from {start!r} to {goal!r}")
    for here, there in zip(path, path[1:]):
        expect(there in graph.links[here], f"the path {path!r} steps from {here!r} to "
                                            f"{there!r}, which are not linked")
    expect_equal(len(path) - 1, length,
                 hint="Breadth first search reaches every entity by the fewest links: use a "
                      "queue (collections.deque), not recursion that dives down one branch.")


def check_finds_the_shortest_path():
    """the path with fewest links wins, and links work both ways"""
    module = learner_module()
    graph = Graph(EDGES)
    _expect_a_path(graph, call(module.shortest_path, graph, "a", "goal").value, "a", "goal", 2)
    _expect_a_path(graph, call(module.shortest_path, graph, "d", "x").value, "d", "x", 3)
    expect_equal(call(module.shortest_path, graph, "c", "c").value, ["c"])


def check_unreachable_and_unknown():
    """None when there is no way, KeyError for an unknown entity"""
    module = learner_module()
    graph = Graph(EDGES)
    expect_equal(call(module.shortest_path, graph, "a", "reef").value, None,
                 hint="When the queue runs empty without meeting the goal, return None.")
    expect_raises(KeyError, module.shortest_path, graph, "a", "atlantis",
                  hint="Check `start in graph` and `goal in graph` first.")


def check_visits_each_entity_once():
    """on a ladder with millions of routes, each entity is expanded at most once"""
    module = learner_module()
    rungs = 40
    edges = []
    for n in range(rungs):
        edges += [(f"L{n}", f"R{n}"), (f"L{n}", f"L{n + 1}"), (f"R{n}", f"R{n + 1}"),
                  (f"L{n}", f"R{n + 1}")]
    graph = Graph(edges)
    path = call(module.shortest_path, graph, "L0", f"R{rungs}").value
    _expect_a_path(graph, path, "L0", f"R{rungs}", rungs)
    repeated = {name: count for name, count in graph.calls.items() if count > 1}
    expect_equal(repeated, {},
                 hint="Mark an entity as seen when you put it in the queue, and never queue "
                      "it again; then each one's neighbours are asked for once.")


def check_within_hops():
    """within gives every entity up to k links away with its distance"""
    module = learner_module()
    graph = Graph(EDGES)
    expect_equal(call(module.within, graph, "a", 2).value,
                 {"b": 1, "x": 1, "c": 2, "goal": 2},
                 hint="Breadth first again, remembering each entity's distance; do not go "
                      "further from an entity already `hops` links away. start is left out.")
    expect_equal(call(module.within, graph, "island", 5).value, {"reef": 1})
    expect_raises(KeyError, module.within, graph, "atlantis", 1)
