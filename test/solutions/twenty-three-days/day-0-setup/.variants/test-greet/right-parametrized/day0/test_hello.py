import pytest
from hello import greet


@pytest.mark.parametrize("name, expected", [
    ("Ada", "Hello, Ada!"),
    ("", "Hello, world!"),
    ("   ", "Hello, world!"),
    ("  Lin ", "Hello, Lin!"),
])
def test_greet(name, expected):
    assert greet(name) == expected


class TestDefault:
    def test_no_argument(self):
        assert greet() == "Hello, world!"
