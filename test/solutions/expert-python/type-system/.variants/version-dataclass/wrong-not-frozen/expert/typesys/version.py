"""Wrong: ordered and hashable, but not frozen."""
import re
from dataclasses import dataclass

_VERSION = re.compile(r"[0-9]+(?:\.[0-9]+){0,2}")


@dataclass(order=True, unsafe_hash=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, text: str) -> "Version":
        if not _VERSION.fullmatch(text):
            raise ValueError(text)
        return cls(*map(int, text.split(".")))

    def bump(self, part: str) -> "Version":
        if part == "major":
            return Version(self.major + 1)
        if part == "minor":
            return Version(self.major, self.minor + 1)
        if part == "patch":
            return Version(self.major, self.minor, self.patch + 1)
        raise ValueError(part)

    def __str__(self) -> str:
        return ".".join(str(n) for n in (self.major, self.minor, self.patch))
