"""Day 0: a first program that is easy to test.

Run it with:  python day0/hello.py Ada
"""
from __future__ import annotations

import sys


def greet(name: str = "world") -> str:
    """Return a greeting for ``name``, for example ``greet("Ada") == "Hello, Ada!"``.

    - Spaces around the name are removed: ``greet("  Ada ")`` gives ``"Hello, Ada!"``.
    - A name that is empty or only spaces falls back to "world": ``"Hello, world!"``.
    - The function returns the text. It does not print it.
    """
    # TODO: tidy the name, fall back to "world", and return the greeting.
    raise NotImplementedError("greet is not written yet")


def main(argv: list[str] | None = None) -> int:
    """Print a greeting and return the exit status 0.

    ``argv`` holds the command-line arguments without the program name
    (``sys.argv[1:]`` when it is None). Greet its first item, or greet with the
    default when it is empty.
    """
    if argv is None:
        argv = sys.argv[1:]
    # TODO: print the greeting, then return 0.
    raise NotImplementedError("main is not written yet")


if __name__ == "__main__":
    raise SystemExit(main())
