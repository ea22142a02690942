import pytest

from versioning import bump, change_of, next_version, parse_version


@pytest.mark.parametrize("text, expected", [("1.2.3", (1, 2, 3)), ("v0.10.0", (0, 10, 0)), (" 2.0.1\n", (2, 0, 1))])
def test_parse(text, expected):
    assert parse_version(text) == expected


@pytest.mark.parametrize("text", ["1.2", "1.2.3.4", "01.2.3", "1.2.x", "", "1.2.3-beta"])
def test_parse_refuses(text):
    with pytest.raises(ValueError):
        parse_version(text)


@pytest.mark.parametrize("part, expected", [("major", "2.0.0"), ("minor", "1.3.0"), ("patch", "1.2.4")])
def test_bump(part, expected):
    assert bump("1.2.3", part) == expected


def test_bump_refuses_unknown_part():
    with pytest.raises(ValueError):
        bump("1.2.3", "micro")


@pytest.mark.parametrize("message, change", [
    ("feat: add export", "minor"),
    ("fix(parser): handle tabs", "patch"),
    ("perf: faster", "patch"),
    ("feat!: drop python 3.8", "major"),
    ("refactor: tidy\n\nBREAKING CHANGE: config moved", "major"),
    ("docs: typo", "none"),
    ("update stuff", "none"),
    ("", "none"),
])
def test_change_of(message, change):
    assert change_of(message) == change


def test_next_version_takes_the_biggest_change():
    assert next_version("1.4.2", ["fix: a", "feat: b", "docs: c"]) == "1.5.0"
    assert next_version("1.4.2", ["fix: a", "feat!: b"]) == "2.0.0"
    assert next_version("1.4.2", ["fix: a"]) == "1.4.3"
    assert next_version("v1.4.2", ["chore: a"]) == "1.4.2"
    assert next_version("1.4.2", []) == "1.4.2"


def test_breaking_before_1_0_bumps_minor():
    assert next_version("0.3.1", ["feat!: new api"]) == "0.4.0"
