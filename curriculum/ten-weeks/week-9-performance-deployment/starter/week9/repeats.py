"""Week 9: the bottleneck the profiler found. Make it fast."""


def repeated_ids(ids):
    """The ids that occur more than once in ``ids``, each once, in the order of their
    second occurrence. ids are hashable. Runs in linear time.

    TODO: this version gives the right answers but slows down badly on long lists.
    Profile it, find out why, and rewrite it.
    """
    repeated = []
    for position, item in enumerate(ids):
        if item in ids[:position] and item not in repeated:
            repeated.append(item)
    return repeated
