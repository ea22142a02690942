"""Wrong: the plain recursion, exponential."""


def count_routes(n, steps=(1, 2)):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return sum(count_routes(n - size, steps) for size in steps)
