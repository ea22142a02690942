"""Day 2 benchmark: taking items off the front of a list versus a deque.

Run it with:  python week1/day2/bench.py
"""
from __future__ import annotations

import timeit
from collections import deque


def drain_list(n: int) -> None:
    items = list(range(n))
    while items:
        items.pop(0)          # every pop shifts all the remaining items left


def drain_deque(n: int) -> None:
    items = deque(range(n))
    while items:
        items.popleft()       # constant time at either end


def main() -> None:
    print(f"{'n':>8}  {'list.pop(0)':>12}  {'deque.popleft':>14}")
    for n in (1_000, 10_000, 50_000, 100_000):
        slow = min(timeit.repeat(lambda: drain_list(n), number=1, repeat=3))
        fast = min(timeit.repeat(lambda: drain_deque(n), number=1, repeat=3))
        print(f"{n:>8}  {slow * 1000:>10.2f}ms  {fast * 1000:>12.2f}ms")
    # Try adding a third column that drains your own Queue from datastructures.py.


if __name__ == "__main__":
    main()
