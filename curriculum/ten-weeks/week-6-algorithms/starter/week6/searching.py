"""Binary search over a sorted list."""


def binary_search(items, target):
    """Return an index of ``target`` in the sorted list ``items``, or -1 when it is absent.

    Look at no more than about log2(len(items)) + 2 items.
    """
    # TODO
    raise NotImplementedError("binary_search is not written yet")
