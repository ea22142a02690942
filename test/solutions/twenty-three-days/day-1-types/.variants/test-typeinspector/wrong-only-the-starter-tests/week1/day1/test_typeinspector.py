from typeinspector import is_hashable, is_mutable


def test_is_mutable() -> None:
    assert is_mutable([]) is True
    assert is_mutable(1) is False


def test_is_hashable() -> None:
    assert is_hashable("a") is True
    assert is_hashable([]) is False
