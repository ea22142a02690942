import math


def dijkstra(graph, source):
    dist = {source: 0}
    previous = {}
    todo = {source}
    while todo:
        node = min(todo, key=lambda n: dist[n])
        todo.remove(node)
        for neighbour, weight in graph.get(node, []):
            candidate = dist[node] + weight
            if candidate < dist.get(neighbour, math.inf):
                dist[neighbour] = candidate
                previous[neighbour] = node
                todo.add(neighbour)
    return dist, previous


def shortest_path(graph, source, target):
    dist, previous = dijkstra(graph, source)
    if target not in dist:
        return None
    path = [target]
    while path[-1] != source:
        path.append(previous[path[-1]])
    return dist[target], path[::-1]
