"""Semantic versions, and the next version worked out from commit messages.

A version is MAJOR.MINOR.PATCH (an optional leading "v" is allowed): no leading zeros, no
pre-release part. Commit messages follow Conventional Commits: "type(scope)!: description".
"""
import re
from typing import Iterable, Tuple

PARTS = ("major", "minor", "patch")


def parse_version(text: str) -> Tuple[int, int, int]:
    """(major, minor, patch) of "1.2.3" or "v1.2.3" (spaces around are ignored); ValueError otherwise."""
    # TODO
    raise NotImplementedError


def bump(version: str, part: str) -> str:
    """The version with `part` ("major", "minor" or "patch") raised and the parts after it reset
    to 0, written without "v"; ValueError for another part."""
    # TODO
    raise NotImplementedError


def change_of(message: str) -> str:
    """What one commit message asks for: "major", "minor", "patch" or "none".

    major: a "!" before the colon ("feat!: ...", "fix(api)!: ...") or a line of the body that
           starts with "BREAKING CHANGE:"
    minor: type feat      patch: type fix or perf      none: any other type, or no type at all
    """
    # TODO
    raise NotImplementedError


def next_version(current: str, messages: Iterable[str]) -> str:
    """The version that follows `current` after these commits: the biggest change wins; no
    change keeps the version (written without "v"). Before 1.0.0 a breaking change raises the
    minor part, since 0.x versions promise no stability."""
    # TODO
    raise NotImplementedError
