from hello import greet


def test_greet_uses_the_name():
    greet("Ada")


def test_greet_tidies_blank_names():
    greet("   ")
    greet("  Ada  ")
