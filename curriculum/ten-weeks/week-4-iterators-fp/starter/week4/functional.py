"""Week 4: map, filter and reduce, written by hand."""

_MISSING = object()


def my_map(func, iterable):
    """Like map with one iterable: lazily yield func(item) for each item."""
    # TODO
    raise NotImplementedError("my_map is not written yet")


def my_filter(predicate, iterable):
    """Like filter: lazily yield the items for which predicate(item) is true.
    ``predicate=None`` keeps the items that are true themselves."""
    # TODO
    raise NotImplementedError("my_filter is not written yet")


def my_reduce(func, iterable, initial=_MISSING):
    """Like functools.reduce: fold the items into one value, left to right.

    Without ``initial`` the first item is the start; an empty iterable without ``initial``
    raises TypeError.
    """
    # TODO
    raise NotImplementedError("my_reduce is not written yet")
