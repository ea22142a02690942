def kth_smallest(items, k):
    if not 1 <= k <= len(items):
        raise ValueError(k)
    return sorted(items)[k - 1]
