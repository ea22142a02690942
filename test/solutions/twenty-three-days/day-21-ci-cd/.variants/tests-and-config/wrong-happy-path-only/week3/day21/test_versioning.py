from versioning import bump, change_of, next_version, parse_version


def test_parse():
    assert parse_version("1.2.3") == (1, 2, 3)


def test_bump():
    assert bump("1.2.3", "major") == "2.0.0"
    assert bump("1.2.3", "patch") == "1.2.4"


def test_change_of():
    assert change_of("feat: x") == "minor"
    assert change_of("fix: x") == "patch"
    assert change_of("feat!: x") == "major"
    assert change_of("docs: x") == "none"


def test_next_version():
    assert next_version("1.0.0", ["feat: x"]) == "1.1.0"
    assert next_version("1.0.0", []) == "1.0.0"
