"""Shortest paths with Dijkstra's algorithm and a heap."""
import heapq
import itertools


def dijkstra(graph, source):
    """Return (dist, previous) for every node reachable from ``source``.

    ``graph`` maps each node to a list of (neighbour, weight) pairs, weights >= 0. ``dist`` maps
    each reachable node to its distance from source; ``previous`` maps each reachable node other
    than source to the node before it on a shortest path.
    """
    dist = {source: 0}
    previous = {}
    done = set()
    tie = itertools.count()
    heap = [(0, next(tie), source)]
    while heap:
        d, _, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for neighbour, weight in graph.get(node, []):
            candidate = d + weight
            if neighbour not in dist or candidate < dist[neighbour]:
                dist[neighbour] = candidate
                previous[neighbour] = node
                heapq.heappush(heap, (candidate, next(tie), neighbour))
    return dist, previous


def shortest_path(graph, source, target):
    """Return (distance, [source, ..., target]), or None when target cannot be reached."""
    dist, previous = dijkstra(graph, source)
    if target not in dist:
        return None
    path = [target]
    while path[-1] != source:
        path.append(previous[path[-1]])
    return dist[target], path[::-1]
