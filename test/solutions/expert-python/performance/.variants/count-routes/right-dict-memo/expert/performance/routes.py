"""Right: a dict of solved heights, filled by a recursive helper."""


def count_routes(n, steps=(1, 2)):
    known = {0: 1}

    def ways(height):
        if height < 0:
            return 0
        if height not in known:
            known[height] = sum([ways(height - size) for size in steps])
        return known[height]

    return ways(n)
