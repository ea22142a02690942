"""Breadth first, keeping whole paths in the queue."""
from collections import deque


def shortest_path(graph, start, goal):
    for entity in (start, goal):
        if entity not in graph:
            raise KeyError(entity)
    seen = {start}
    queue = deque([[start]])
    while queue:
        path = queue.popleft()
        if path[-1] == goal:
            return path
        for other in graph.neighbours(path[-1]):
            if other not in seen:
                seen.add(other)
                queue.append(path + [other])
    return None


def within(graph, start, hops):
    if start not in graph:
        raise KeyError(start)
    found = {}
    ring = {start}
    for step in range(1, hops + 1):
        ring = {o for e in ring for o in graph.neighbours(e)} - set(found) - {start}
        found.update(dict.fromkeys(ring, step))
    return found
