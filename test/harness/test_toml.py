"""read_toml and parse_toml: the same document on every Python, with or without tomllib."""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "harness"))

from pymastery import parse_toml  # noqa: E402
from pymastery._toml import _MiniToml  # noqa: E402

PYPROJECT = '''
# a comment
[build-system]
requires = ["setuptools>=61", 'wheel']
build-backend = "setuptools.build_meta"

[project]
name = "shipit"
version = "0.1.0"
requires-python = ">=3.8"
dependencies = [
    "fastapi>=0.100",  # the web part
    "uvicorn",
]
authors = [{ name = "Ada", email = "ada@example.org" }]

[project.optional-dependencies]
dev = ["pytest"]

[project.scripts]
shipit = "shipit.cli:main"

[[tool.demo.step]]
name = "one"
[[tool.demo.step]]
name = "two"

[tool.demo]
"quoted key" = 'literal \\n stays'
escaped = "tab\\there \\u00e9"
number = 3.5
count = -2
flag = false
nested.deep = { on = true, list = [1, 2, 3] }
'''


class TomlReading(unittest.TestCase):
    def test_the_small_reader_agrees_with_the_real_one(self) -> None:
        ours = _MiniToml(PYPROJECT).parse()
        self.assertEqual(ours, parse_toml(PYPROJECT))
        self.assertEqual(ours["project"]["dependencies"], ["fastapi>=0.100", "uvicorn"])
        self.assertEqual([s["name"] for s in ours["tool"]["demo"]["step"]], ["one", "two"])
        self.assertEqual(ours["tool"]["demo"]["quoted key"], "literal \\n stays")
        self.assertEqual(ours["tool"]["demo"]["escaped"], "tab\there \u00e9")
        self.assertEqual(ours["tool"]["demo"]["nested"], {"deep": {"on": True, "list": [1, 2, 3]}})

    def test_broken_toml_is_a_value_error_that_says_where(self) -> None:
        for broken in ('[project\nname = "x"\n', 'name = "unterminated\n', 'a = 1\na = 2\n'):
            with self.subTest(broken=broken):
                with self.assertRaises(ValueError):
                    parse_toml(broken)
                with self.assertRaises(ValueError):
                    _MiniToml(broken).parse()


if __name__ == "__main__":
    unittest.main()
