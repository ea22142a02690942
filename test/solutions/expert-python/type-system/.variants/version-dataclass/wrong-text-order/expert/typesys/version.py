"""Wrong: compares versions by their text, so 1.10.0 sorts before 1.9.0."""
import functools
from dataclasses import dataclass, replace


@functools.total_ordering
@dataclass(frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __lt__(self, other: "Version") -> bool:
        return str(self) < str(other)

    @classmethod
    def parse(cls, text: str) -> "Version":
        pieces = text.split(".")
        if not 1 <= len(pieces) <= 3 or not all(p.isdigit() for p in pieces):
            raise ValueError(text)
        return cls(*[int(p) for p in pieces])

    def bump(self, part: str) -> "Version":
        if part == "major":
            return replace(self, major=self.major + 1, minor=0, patch=0)
        if part == "minor":
            return replace(self, minor=self.minor + 1, patch=0)
        if part == "patch":
            return replace(self, patch=self.patch + 1)
        raise ValueError(part)

    def __str__(self) -> str:
        return "%d.%d.%d" % (self.major, self.minor, self.patch)
