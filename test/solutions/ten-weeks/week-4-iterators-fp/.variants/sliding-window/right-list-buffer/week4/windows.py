def sliding_window(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")

    def windows():
        buffer = []
        for item in iterable:
            buffer.append(item)
            if len(buffer) > size:
                del buffer[0]
            if len(buffer) == size:
                yield tuple(buffer)

    return windows()
