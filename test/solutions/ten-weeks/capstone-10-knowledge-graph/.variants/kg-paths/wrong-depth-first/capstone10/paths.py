"""Depth first: returns the first path it stumbles on."""


def shortest_path(graph, start, goal):
    if start not in graph or goal not in graph:
        raise KeyError(goal)
    seen = set()

    def dive(entity):
        if entity == goal:
            return [entity]
        seen.add(entity)
        for other in graph.neighbours(entity):
            if other not in seen:
                rest = dive(other)
                if rest:
                    return [entity] + rest
        return None

    return dive(start)


def within(graph, start, hops):
    if start not in graph:
        raise KeyError(start)
    found = {}
    ring = {start}
    for step in range(1, hops + 1):
        ring = {o for e in ring for o in graph.neighbours(e)} - set(found) - {start}
        found.update(dict.fromkeys(ring, step))
    return found
