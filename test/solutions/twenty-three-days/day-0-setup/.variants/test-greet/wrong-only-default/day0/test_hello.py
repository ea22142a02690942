from hello import greet


def test_greet_uses_the_name():
    assert greet() == "Hello, world!"
    assert isinstance(greet("Ada"), str)
