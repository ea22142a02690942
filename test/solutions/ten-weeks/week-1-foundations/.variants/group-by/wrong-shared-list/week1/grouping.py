def group_by(items, key, value=None):
    items = list(items)
    groups = dict.fromkeys([key(item) for item in items], [])
    for item in items:
        groups[key(item)].append(item if value is None else value(item))
    return groups
