_MISSING = object()


def my_map(func, iterable):
    return [func(item) for item in iterable]


def my_filter(predicate, iterable):
    return [item for item in iterable if (predicate or bool)(item)]


def my_reduce(func, iterable, initial=_MISSING):
    items = list(iterable)
    if initial is _MISSING:
        if not items:
            raise TypeError("empty")
        value, items = items[0], items[1:]
    else:
        value = initial
    for item in items:
        value = func(value, item)
    return value
