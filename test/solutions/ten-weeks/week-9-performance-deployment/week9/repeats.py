"""Week 9: the bottleneck the profiler found, made fast."""


def repeated_ids(ids):
    """The ids that occur more than once in ``ids``, each once, in the order of their
    second occurrence. ids are hashable. Runs in linear time."""
    seen = set()
    reported = set()
    repeated = []
    for item in ids:
        if item in seen:
            if item not in reported:
                reported.add(item)
                repeated.append(item)
        else:
            seen.add(item)
    return repeated
