"""Shortest paths with Dijkstra's algorithm and a heap."""
import heapq
import itertools


def dijkstra(graph, source):
    """Return (dist, previous) for every node reachable from ``source``.

    ``graph`` maps each node to a list of (neighbour, weight) pairs, weights >= 0. ``dist`` maps
    each reachable node to its distance from source; ``previous`` maps each reachable node other
    than source to the node before it on a shortest path.
    """
    # TODO
    raise NotImplementedError("dijkstra is not written yet")


def shortest_path(graph, source, target):
    """Return (distance, [source, ..., target]), or None when target cannot be reached."""
    # TODO
    raise NotImplementedError("shortest_path is not written yet")
