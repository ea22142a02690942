"""Day 0: a first program that is easy to test.

Run it with:  python day0/hello.py Ada
"""
from __future__ import annotations

import sys


def greet(name: str = "world") -> str:
    """Return a greeting for ``name``, for example ``greet("Ada") == "Hello, Ada!"``."""
    cleaned = name.strip() or "world"
    return f"Hello, {cleaned}!"


def main(argv: list[str] | None = None) -> int:
    """Print a greeting for the first argument (or the default) and return 0."""
    if argv is None:
        argv = sys.argv[1:]
    print(greet(argv[0]) if argv else greet())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
