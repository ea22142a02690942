"""Day 4: every decorator from decorators.py in action.

Run it with:  python week1/day4/main.py
"""
from __future__ import annotations

from decorators import RateLimitExceeded, memoize, rate_limit, retry, timer, validate_types

attempts = {"count": 0}


@timer
def slow_sum(n: int) -> int:
    return sum(range(n))


@retry(max_attempts=3, delay=0.1, exceptions=(ConnectionError,))
def flaky_fetch() -> str:
    attempts["count"] += 1
    if attempts["count"] < 3:
        raise ConnectionError("network hiccup")
    return "payload"


@memoize
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@validate_types
def repeat(text: str, times: int) -> str:
    return text * times


@rate_limit(calls=2, period=1.0)
def ping() -> str:
    return "pong"


def main() -> None:
    print("sum:", slow_sum(1_000_000), f"({slow_sum.last_elapsed:.4f}s)")  # type: ignore[attr-defined]
    print("fetched:", flaky_fetch(), "after", attempts["count"], "attempts")
    print("fib(90):", fib(90))
    print("repeat:", repeat("ab", 3))
    try:
        repeat("ab", "3")
    except TypeError as error:
        print("validate_types refused:", error)
    for _ in range(3):
        try:
            print("ping:", ping())
        except RateLimitExceeded as error:
            print("rate_limit refused:", error)


if __name__ == "__main__":
    main()
