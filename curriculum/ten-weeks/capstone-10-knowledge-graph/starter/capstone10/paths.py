"""Capstone 10, part 2: paths through the graph, found breadth first.

``graph`` is anything with ``entity in graph`` and ``graph.neighbours(entity)`` (a list), such
as your KnowledgeGraph. Links are followed in both directions.
"""
from collections import deque


def shortest_path(graph, start, goal):
    """Return a list of entities from start to goal with as few links as possible.

    [start] when start == goal; None when goal cannot be reached; KeyError when start or goal
    is not in the graph. Each entity's neighbours are asked for at most once.
    """
    # TODO
    raise NotImplementedError("shortest_path is not written yet")


def within(graph, start, hops):
    """Return {entity: number of links from start} for every entity 1 to ``hops`` links away.

    KeyError when start is not in the graph.
    """
    # TODO
    raise NotImplementedError("within is not written yet")
