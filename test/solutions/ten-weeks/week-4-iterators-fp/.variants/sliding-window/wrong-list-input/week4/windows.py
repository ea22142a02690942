def sliding_window(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    items = list(iterable)
    return iter([tuple(items[i:i + size]) for i in range(len(items) - size + 1)])
