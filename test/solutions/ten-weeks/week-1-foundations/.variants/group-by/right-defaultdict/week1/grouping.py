from collections import defaultdict


def group_by(items, key, value=None):
    groups = defaultdict(list)
    for item in items:
        groups[key(item)].append(value(item) if value else item)
    return dict(groups)
