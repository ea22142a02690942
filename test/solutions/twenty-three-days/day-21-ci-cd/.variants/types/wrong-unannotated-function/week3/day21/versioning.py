"""Semantic versions, and the next version worked out from commit messages."""
import re
from typing import Iterable, Tuple

VERSION = re.compile(r"v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
HEADER = re.compile(r"(?P<type>[a-z]+)(\([^)]*\))?(?P<bang>!)?: .+")
PARTS = ("major", "minor", "patch")


def parse_version(text: str) -> Tuple[int, int, int]:
    match = VERSION.fullmatch(text.strip())
    if match is None:
        raise ValueError("not a version: %r" % (text,))
    major, minor, patch = (int(group) for group in match.groups())
    return major, minor, patch


def bump(version: str, part: str) -> str:
    major, minor, patch = parse_version(version)
    if part == "major":
        return "%d.0.0" % (major + 1)
    if part == "minor":
        return "%d.%d.0" % (major, minor + 1)
    if part == "patch":
        return "%d.%d.%d" % (major, minor, patch + 1)
    raise ValueError("part must be one of %s" % ", ".join(PARTS))


def change_of(message):
    lines = message.strip().splitlines()
    match = HEADER.fullmatch(lines[0].strip()) if lines else None
    if match is None:
        return "none"
    if match.group("bang") or any(line.startswith(("BREAKING CHANGE:", "BREAKING-CHANGE:")) for line in lines[1:]):
        return "major"
    if match.group("type") == "feat":
        return "minor"
    if match.group("type") in ("fix", "perf"):
        return "patch"
    return "none"


def next_version(current: str, messages: Iterable[str]) -> str:
    changes = {change_of(message) for message in messages}
    for part in PARTS:
        if part in changes:
            if part == "major" and parse_version(current)[0] == 0:
                return bump(current, "minor")  # before 1.0.0, breaking changes bump the minor
            return bump(current, part)
    return "%d.%d.%d" % parse_version(current)
