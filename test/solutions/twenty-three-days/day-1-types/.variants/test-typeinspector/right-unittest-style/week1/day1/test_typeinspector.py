import sys
import unittest

import typeinspector as ti


class TypeInspectorTests(unittest.TestCase):
    def test_mutability(self) -> None:
        self.assertFalse(ti.is_mutable(("a", ["b"])))
        self.assertTrue(ti.is_mutable(set()))

    def test_hashability(self) -> None:
        self.assertFalse(ti.is_hashable(("a", ["b"])))
        self.assertTrue(ti.is_hashable(frozenset()))

    def test_methods(self) -> None:
        self.assertEqual(ti.public_methods(()), ["count", "index"])

    def test_deep_size(self) -> None:
        inner = "z" * 64
        self.assertEqual(ti.deep_sizeof((inner,)), sys.getsizeof((inner,)) + sys.getsizeof(inner))

    def test_report(self) -> None:
        self.assertEqual(ti.inspect_value(3.5)["type"], "float")
