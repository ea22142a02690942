"""Capstone 10, part 2: paths through the graph, found breadth first."""
from collections import deque


def shortest_path(graph, start, goal):
    if start not in graph or goal not in graph:
        raise KeyError(start if start not in graph else goal)
    previous = {start: None}
    todo = deque([start])
    while todo:
        entity = todo.popleft()
        if entity == goal:
            path = []
            while entity is not None:
                path.append(entity)
                entity = previous[entity]
            return path[::-1]
        for other in graph.neighbours(entity):
            if other not in previous:
                previous[other] = entity
                todo.append(other)
    return None


def within(graph, start, hops):
    if start not in graph:
        raise KeyError(start)
    distance = {start: 0}
    todo = deque([start])
    while todo:
        entity = todo.popleft()
        if distance[entity] == hops:
            continue
        for other in graph.neighbours(entity):
            if other not in distance:
                distance[other] = distance[entity] + 1
                todo.append(other)
    return {entity: steps for entity, steps in distance.items() if steps > 0}
