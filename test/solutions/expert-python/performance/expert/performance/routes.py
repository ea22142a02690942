"""A memoised route counter.

How many ordered ways are there to climb ``n`` stairs, taking steps whose sizes come
from ``steps``? With steps (1, 2), 3 stairs can be climbed as 1+1+1, 1+2 or 2+1: 3 ways.

Try it from a terminal in your workspace folder:

    python expert/performance/routes.py
"""
import functools


def count_routes(n, steps=(1, 2)):
    """The number of ordered sequences of step sizes from ``steps`` that add up to ``n``.

    - ``count_routes(0, steps)`` is 1 (the empty climb); a negative ``n`` gives 0.
    - ``steps`` is a tuple of distinct positive ints, in any order.
    - It must be memoised: each height is solved once per call, so that
      ``count_routes(150, (1, 2, 3))`` answers at once. Use ``functools.lru_cache``
      (or a dict of your own).
    - Two calls with different ``steps`` must never share cached answers.
    """
    @functools.lru_cache(maxsize=None)
    def ways(height):
        if height == 0:
            return 1
        if height < 0:
            return 0
        return sum(ways(height - size) for size in steps)

    return ways(n)


if __name__ == "__main__":
    print(count_routes(3))              # 3
    print(count_routes(10, (1, 3, 5)))  # 47
    print(count_routes(150, (1, 2, 3)))
