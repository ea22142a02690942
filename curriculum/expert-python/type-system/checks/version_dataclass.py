"""Checks for the `version-dataclass` milestone (expert/typesys/version.py: Version)."""
import dataclasses
import typing

from pymastery import call, capture, expect, expect_equal, expect_isinstance, fail, learner_module


def _version_class():
    module = learner_module()
    Version = module.Version
    if not dataclasses.is_dataclass(Version):
        fail("Version is not a dataclass",
             hint="Put @dataclass(frozen=True, order=True) on the line above `class Version`.")
    return Version


def check_fields_and_types():
    """Version is a dataclass with int fields major, minor and patch"""
    Version = _version_class()
    fields = [(f.name, f.default) for f in dataclasses.fields(Version)]
    expect_equal(fields, [("major", dataclasses.MISSING), ("minor", 0), ("patch", 0)],
                 hint="Declare major: int, then minor: int = 0 and patch: int = 0, in that order.")
    try:
        hints = typing.get_type_hints(Version)
    except Exception as error:
        fail("typing.get_type_hints(Version) failed: %s" % error)
    expect_equal({name: hints.get(name) for name in ("major", "minor", "patch")},
                 {"major": int, "minor": int, "patch": int}, hint="Annotate each field as int.")
    version = call(Version, 1, 4).value
    expect_equal(repr(version), "Version(major=1, minor=4, patch=0)",
                 hint="Let the dataclass write __repr__ for you.")


def check_frozen_and_hashable():
    """versions can't be changed, are equal by value and work as dict keys"""
    Version = _version_class()
    version = call(Version, 1, 2, 3).value
    outcome = capture(setattr, version, "minor", 9)
    expect_isinstance(outcome.exception, dataclasses.FrozenInstanceError,
                      hint="@dataclass(frozen=True) makes assignment raise FrozenInstanceError.")
    same = call(Version, 1, 2, 3).value
    expect(version == same and version is not same, "Version(1, 2, 3) == Version(1, 2, 3) should be True")
    expect_equal(len({version, same, call(Version, 1, 2).value}), 2,
                 hint="Frozen dataclasses with eq get a __hash__ from their fields.")


def check_ordering_is_numeric():
    """versions sort by major, minor, patch as numbers"""
    Version = _version_class()
    texts = ["1.10.0", "1.9.3", "2", "0.9.12", "1.9"]
    versions = [call(Version.parse, t).value for t in texts]
    expect_equal([str(v) for v in sorted(versions)], ["0.9.12", "1.9.0", "1.9.3", "1.10.0", "2.0.0"],
                 hint="order=True compares the fields in the order they are declared, as numbers.")
    expect(call(Version, 1, 10).value > call(Version, 1, 9, 99).value, "1.10.0 should be greater than 1.9.99")


def check_parse():
    """parse reads one to three numbers and refuses anything else"""
    Version = _version_class()
    for text, expected in (("1.4.2", (1, 4, 2)), ("3", (3, 0, 0)), ("0.12", (0, 12, 0)), ("10.0.07", (10, 0, 7))):
        version = call(Version.parse, text).value
        expect_isinstance(version, Version)
        expect_equal((version.major, version.minor, version.patch), expected,
                     message="Version.parse(%r)" % text)
    for text in ("", "1..2", "1.2.3.4", "v1.2", "1.-2", "1.2a", " 1.2", "1.+2"):
        outcome = capture(Version.parse, text)
        expect_isinstance(outcome.exception, ValueError,
                          message="Version.parse(%r) should raise ValueError" % text,
                          hint="Split on '.', check there are 1 to 3 parts and that each is made of "
                               "digits only (str.isdigit), before converting with int().")


def check_bump_and_str():
    """bump gives a new version with the later parts reset; str gives three numbers"""
    Version = _version_class()
    version = call(Version, 1, 4, 2).value
    expect_equal(str(version), "1.4.2", hint="Join the three numbers with dots.")
    expect_equal(str(call(Version, 3).value), "3.0.0")
    for part, expected in (("patch", (1, 4, 3)), ("minor", (1, 5, 0)), ("major", (2, 0, 0))):
        bumped = call(version.bump, part).value
        expect_isinstance(bumped, Version)
        expect_equal((bumped.major, bumped.minor, bumped.patch), expected,
                     message="Version(1, 4, 2).bump(%r)" % part,
                     hint="dataclasses.replace(self, ...) builds a changed copy of a frozen dataclass.")
    expect_equal(str(version), "1.4.2", hint="bump returns a new Version and leaves this one alone.")
    outcome = capture(version.bump, "build")
    expect_isinstance(outcome.exception, ValueError, hint="An unknown part raises ValueError.")
