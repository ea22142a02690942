import random


def kth_smallest(items, k):
    if not 1 <= k <= len(items):
        raise ValueError(k)
    while True:
        pivot = random.choice(items)
        smaller = [x for x in items if x < pivot]
        equal = [x for x in items if x == pivot]
        if k <= len(smaller):
            items = smaller
        elif k <= len(smaller) + len(equal):
            return pivot
        else:
            k -= len(smaller) + len(equal)
            items = [x for x in items if pivot < x]
