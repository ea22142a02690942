"""Checks for the `dijkstra` milestone (week6/graphs.py)."""
import random

from pymastery import call, capture, expect, expect_equal, fail, learner_module
from pymastery.track.algo_tools import Counter, TooManyComparisons

_ROADS = {
    "A": [("B", 4), ("C", 1)],
    "C": [("B", 2), ("D", 7)],
    "B": [("D", 1), ("E", 6)],
    "D": [("E", 2)],
    "E": [],
    "F": [("A", 1)],
}


def check_distances():
    """dijkstra finds the shortest distance to every reachable node"""
    module = learner_module()
    dist, previous = call(module.dijkstra, _ROADS, "A").value
    expect_equal(dict(dist), {"A": 0, "C": 1, "B": 3, "D": 4, "E": 6},
                 hint="A -> C -> B is shorter than A -> B. F cannot be reached from A, so it "
                      "has no entry.")
    expect_equal(dict(previous), {"C": "A", "B": "C", "D": "B", "E": "D"},
                 hint="previous[node] is the node just before it on a shortest path.")


def check_paths():
    """shortest_path returns the distance and the nodes along the way"""
    module = learner_module()
    expect_equal(call(module.shortest_path, _ROADS, "A", "E").value,
                 (6, ["A", "C", "B", "D", "E"]),
                 hint="Follow previous back from the target to the source, then reverse.")
    expect_equal(call(module.shortest_path, _ROADS, "A", "A").value, (0, ["A"]))
    expect_equal(call(module.shortest_path, _ROADS, "A", "F").value, None,
                 hint="A target that cannot be reached gives None.")


def _sparse_graph(counter, n, rng):
    graph = {node: [] for node in range(n)}
    for node in range(1, n):   # a random tree, so every node is reachable
        graph[rng.randrange(node)].append((node, counter.wrap(rng.randint(1, 100))))
    for _ in range(2 * n):
        graph[rng.randrange(n)].append((rng.randrange(n), counter.wrap(rng.randint(1, 100))))
    return graph


def _reference(graph, source):
    import heapq
    dist, heap = {source: 0}, [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist[node]:
            continue
        for neighbour, weight in graph[node]:
            candidate = d + weight.value
            if neighbour not in dist or candidate < dist[neighbour]:
                dist[neighbour] = candidate
                heapq.heappush(heap, (candidate, neighbour))
    return dist


def check_uses_a_heap():
    """on a large sparse graph, dijkstra compares distances about E·log V times, not V²"""
    module = learner_module()
    n = 10_000
    rng = random.Random(66)
    budget = 2_000_000
    counter = Counter(budget)
    graph = _sparse_graph(counter, n, rng)
    result = capture(module.dijkstra, graph, 0)
    if isinstance(result.exception, TooManyComparisons):
        fail(f"dijkstra on a graph of {n:,} nodes and {3 * n:,} edges compared distances more "
             f"than {budget:,} times and was stopped; a heap needs a few hundred thousand. "
             "Looking through every node for the closest one at each step costs about V² = "
             f"{n * n:,}.",
             hint="Push (distance, node) pairs on a heapq heap and pop the closest; skip a "
                  "popped node that is already settled.")
    if result.exception is not None:
        raise result.exception
    dist = result.value[0]
    want = _reference(graph, 0)
    got = {node: float(d) for node, d in dist.items()}
    expect(got == {node: float(d) for node, d in want.items()},
           "dijkstra's distances on the large random graph are not the shortest ones.")
