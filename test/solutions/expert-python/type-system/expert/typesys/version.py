"""Version numbers as a frozen, ordered dataclass.

    Version.parse("1.10.2") > Version.parse("1.9")     # True: numbers, not text
    str(Version(2, 0, 1))                             # '2.0.1'
    Version(1, 4).bump("minor")                       # Version(major=1, minor=5, patch=0)

Try it from a terminal in your workspace folder:

    python expert/typesys/version.py
"""
from dataclasses import dataclass, replace

PARTS = ("major", "minor", "patch")


@dataclass(frozen=True, order=True)
class Version:
    """A version number such as 1.4.2."""

    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, text: str) -> "Version":
        """``"1.4.2"``, ``"1.4"`` or ``"1"``: one to three whole numbers joined by dots.

        Anything else (empty parts, letters, signs, more than three parts) raises ValueError.
        """
        pieces = text.split(".")
        if not 1 <= len(pieces) <= 3 or not all(p.isascii() and p.isdigit() for p in pieces):
            raise ValueError("not a version number: %r" % (text,))
        return cls(*(int(p) for p in pieces))

    def bump(self, part: str) -> "Version":
        """A new Version with ``part`` ("major", "minor" or "patch") raised by one.

        The parts after it go back to 0: 1.4.2 bumped at "minor" is 1.5.0. Another
        ``part`` raises ValueError. The version itself never changes (it is frozen).
        """
        if part not in PARTS:
            raise ValueError("part must be one of %s, not %r" % (", ".join(PARTS), part))
        position = PARTS.index(part)
        changes = {name: 0 for name in PARTS[position + 1:]}
        changes[part] = getattr(self, part) + 1
        return replace(self, **changes)

    def __str__(self) -> str:
        """``"1.4.2"``: always three numbers."""
        return "%d.%d.%d" % (self.major, self.minor, self.patch)


if __name__ == "__main__":
    releases = [Version.parse(t) for t in ("1.10.0", "1.9.3", "2", "1.9")]
    print([str(v) for v in sorted(releases)])
    print(max(releases).bump("minor"))
