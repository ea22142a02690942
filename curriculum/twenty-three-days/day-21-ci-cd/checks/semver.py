"""Checks for the `semver` milestone: parsing, bumping and the next version from commit messages
(week3/day21/versioning.py)."""
from pymastery import call, expect_equal, expect_raises, learner_module


def check_parses_versions():
    """parse_version reads MAJOR.MINOR.PATCH, with or without a v"""
    versioning = learner_module()
    for text, expected in (("1.2.3", (1, 2, 3)), ("v0.10.0", (0, 10, 0)), ("  12.0.7\n", (12, 0, 7))):
        expect_equal(call(versioning.parse_version, text).value, expected,
                     hint="Match the whole text (after strip) with a regular expression and turn the three groups into ints.")


def check_refuses_other_text():
    """parse_version raises ValueError for anything that is not a plain version"""
    versioning = learner_module()
    for text in ("1.2", "1.2.3.4", "01.2.3", "1.02.3", "1.2.x", "", "v", "1.2.3-rc1", "version 1.2.3"):
        expect_raises(ValueError, versioning.parse_version, text,
                      hint="Semantic versions have exactly three numbers, with no leading zeros: "
                           "(0|[1-9]\\d*) for each. re.fullmatch refuses anything around them. Text: %r" % (text,))


def check_bumps():
    """bump raises one part and resets the parts after it"""
    versioning = learner_module()
    for part, expected in (("major", "2.0.0"), ("minor", "1.3.0"), ("patch", "1.2.4")):
        expect_equal(call(versioning.bump, "v1.2.3", part).value, expected,
                     hint="Raising a part sets every part to its right to 0, and the result has no v.")
    expect_raises(ValueError, versioning.bump, "1.2.3", "micro", hint="Only major, minor and patch are parts.")


def check_reads_commit_messages():
    """change_of tells major, minor, patch and none apart"""
    versioning = learner_module()
    cases = [("feat: add export", "minor"), ("feat(cli): colours", "minor"), ("fix: off by one", "patch"),
             ("perf: cache lookups", "patch"), ("feat!: new config format", "major"),
             ("fix(api)!: rename field", "major"), ("refactor: split module\n\nBREAKING CHANGE: removed old()", "major"),
             ("docs: typo", "none"), ("chore: bump deps", "none"), ("Update README", "none"),
             ("feature: not a real type", "none"), ("", "none")]
    for message, expected in cases:
        expect_equal(call(versioning.change_of, message).value, expected,
                     hint="Read the first line as type(scope)!: text. Message: %r" % (message,))


def check_next_version():
    """next_version applies the biggest change, and 0.x versions bump minor for breaking changes"""
    versioning = learner_module()
    cases = [("1.4.2", ["fix: a", "feat: b", "docs: c"], "1.5.0"), ("1.4.2", ["fix: a", "feat!: b"], "2.0.0"),
             ("1.4.2", ["fix: a"], "1.4.3"), ("v1.4.2", ["chore: a"], "1.4.2"), ("1.4.2", [], "1.4.2"),
             ("0.3.1", ["feat!: new api"], "0.4.0"), ("0.3.1", ["fix: a"], "0.3.2")]
    for current, messages, expected in cases:
        expect_equal(call(versioning.next_version, current, messages).value, expected,
                     hint="Collect change_of for every message; the first of major, minor, patch that appears "
                          "decides the bump. %s after %r." % (current, messages))
    expect_equal(call(versioning.next_version, "1.0.0", iter(["feat: once"])).value, "1.1.0",
                 hint="messages may be any iterable, even a generator: go through it once.")
