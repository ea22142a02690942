"""Day 4: every decorator from decorators.py in action.

Run it with:  python week1/day4/main.py

Write one small function per decorator and call it so that the output shows
the decorator doing its job: a timing line, a retry that succeeds on a later
attempt, a cache hit, a TypeError that validate_types raised, and a call that
rate_limit refused.
"""
from __future__ import annotations

from decorators import RateLimitExceeded, memoize, rate_limit, retry, timer, validate_types


def main() -> None:
    # TODO: decorate small functions above main() and call them here.
    raise NotImplementedError("main is not written yet")


if __name__ == "__main__":
    main()
