"""Week 1, medium: group items by a key."""


def group_by(items, key, value=None):
    """Group ``items`` into a dict of lists, keyed by ``key(item)``.

    - Groups appear in the order their key was first seen; inside a group, items keep
      their original order.
    - When ``value`` is given, store ``value(item)`` in the lists instead of the item.
    - ``items`` may be any iterable, read once.

    >>> group_by(["ant", "bee", "asp"], key=lambda word: word[0])
    {'a': ['ant', 'asp'], 'b': ['bee']}
    """
    groups = {}
    for item in items:
        stored = item if value is None else value(item)
        groups.setdefault(key(item), []).append(stored)
    return groups
