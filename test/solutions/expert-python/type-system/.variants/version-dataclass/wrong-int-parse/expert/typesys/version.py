"""Wrong: parse trusts int(), which accepts spaces and signs."""
from dataclasses import dataclass, replace


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, text: str) -> "Version":
        pieces = text.split(".")
        if len(pieces) > 3:
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
