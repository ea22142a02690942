"""Week 4: map, filter and reduce, written by hand."""

_MISSING = object()


def my_map(func, iterable):
    """Lazily yield func(item) for each item."""
    for item in iterable:
        yield func(item)


def my_filter(predicate, iterable):
    """Lazily yield the items predicate accepts (the true items for None)."""
    for item in iterable:
        if (item if predicate is None else predicate(item)):
            yield item


def my_reduce(func, iterable, initial=_MISSING):
    """Fold the items into one value, left to right."""
    items = iter(iterable)
    if initial is _MISSING:
        try:
            value = next(items)
        except StopIteration:
            raise TypeError("my_reduce() of an empty iterable with no initial value") from None
    else:
        value = initial
    for item in items:
        value = func(value, item)
    return value
