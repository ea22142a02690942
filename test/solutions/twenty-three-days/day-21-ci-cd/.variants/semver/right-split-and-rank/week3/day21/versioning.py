from typing import Iterable, Tuple

RANK = {"none": 0, "patch": 1, "minor": 2, "major": 3}


def parse_version(text: str) -> Tuple[int, int, int]:
    text = text.strip()
    if text.startswith("v"):
        text = text[1:]
    parts = text.split(".")
    if len(parts) != 3 or not all(p.isdigit() and p.isascii() and (p == "0" or not p.startswith("0")) for p in parts):
        raise ValueError(text)
    return int(parts[0]), int(parts[1]), int(parts[2])


def bump(version: str, part: str) -> str:
    major, minor, patch = parse_version(version)
    new = {"major": (major + 1, 0, 0), "minor": (major, minor + 1, 0), "patch": (major, minor, patch + 1)}
    if part not in new:
        raise ValueError(part)
    return ".".join(str(n) for n in new[part])


def change_of(message: str) -> str:
    first, _, body = message.strip().partition("\n")
    head, colon, text = first.partition(": ")
    if not colon or not text.strip():
        return "none"
    breaking = head.endswith("!")
    head = head.rstrip("!")
    if "(" in head:
        if not head.endswith(")"):
            return "none"
        head = head[:head.index("(")]
    if not head.isalpha() or not head.islower():
        return "none"
    if breaking or any(line.startswith("BREAKING CHANGE:") for line in body.splitlines()):
        return "major"
    return {"feat": "minor", "fix": "patch", "perf": "patch"}.get(head, "none")


def next_version(current: str, messages: Iterable[str]) -> str:
    biggest = max((RANK[change_of(m)] for m in messages), default=0)
    part = {0: None, 1: "patch", 2: "minor", 3: "major"}[biggest]
    if part is None:
        return "%d.%d.%d" % parse_version(current)
    if part == "major" and parse_version(current)[0] == 0:
        part = "minor"
    return bump(current, part)
