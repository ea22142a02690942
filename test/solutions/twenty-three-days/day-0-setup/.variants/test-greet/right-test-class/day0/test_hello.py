import unittest

import hello


class GreetTests(unittest.TestCase):
    def test_name(self):
        self.assertEqual(hello.greet("Ada"), "Hello, Ada!")

    def test_blank_and_padded(self):
        self.assertEqual(hello.greet(" \t"), "Hello, world!")
        self.assertEqual(hello.greet(" Ada  "), "Hello, Ada!")
