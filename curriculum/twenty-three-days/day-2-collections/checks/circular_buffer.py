"""Checks for the `circular-buffer` milestone, written as a unittest.TestCase."""
import unittest

from pymastery import learner_module

CODE = "week1/day2/datastructures.py"


class TestCircularBuffer(unittest.TestCase):
    """CircularBuffer"""

    def setUp(self):
        self.CircularBuffer = learner_module(CODE).CircularBuffer

    def test_starts_empty(self):
        """a new buffer is empty and remembers its capacity"""
        ring = self.CircularBuffer(3)
        self.assertEqual(len(ring), 0, msg="A new buffer holds no items: __len__ should return 0.")
        self.assertEqual(ring.to_list(), [], msg="to_list() of a new buffer is [].")
        self.assertFalse(ring.is_full(), msg="An empty buffer is not full.")
        self.assertEqual(ring.capacity, 3, msg="Keep the capacity in self.capacity.")

    def test_fills_in_order(self):
        """items come back oldest first while there is room"""
        ring = self.CircularBuffer(4)
        for item in "abc":
            ring.append(item)
        self.assertEqual(ring.to_list(), ["a", "b", "c"],
                         msg="to_list() walks from the oldest slot forward, count items in all.")
        self.assertEqual(len(ring), 3, msg="Each append adds one item until the buffer is full.")
        self.assertFalse(ring.is_full(), msg="3 items in a buffer of 4 is not full yet.")

    def test_becomes_full(self):
        """the buffer is full at capacity"""
        ring = self.CircularBuffer(2)
        ring.append(1)
        ring.append(2)
        self.assertTrue(ring.is_full(), msg="is_full() is True when the count equals the capacity.")
        self.assertEqual(len(ring), 2, msg="The count never goes above the capacity.")

    def test_overwrites_the_oldest(self):
        """appending to a full buffer overwrites the oldest item"""
        ring = self.CircularBuffer(3)
        for n in range(5):
            ring.append(n)
        self.assertEqual(ring.to_list(), [2, 3, 4],
                         msg="When full, write over the oldest slot and move the start index forward by one.")
        self.assertEqual(len(ring), 3, msg="Overwriting keeps the count at the capacity.")

    def test_wraps_around_many_times(self):
        """the ring keeps working after wrapping around many times"""
        ring = self.CircularBuffer(4)
        for n in range(1003):
            ring.append(n)
        self.assertEqual(ring.to_list(), [999, 1000, 1001, 1002],
                         msg="Use % capacity for every index so positions wrap back to 0.")

    def test_read_removes_the_oldest(self):
        """read returns and removes the oldest item"""
        ring = self.CircularBuffer(3)
        for item in ("x", "y", "z"):
            ring.append(item)
        self.assertEqual(ring.read(), "x", msg="read() returns the item at the start index.")
        self.assertEqual(ring.to_list(), ["y", "z"], msg="After read(), the next item becomes the oldest.")
        self.assertFalse(ring.is_full(), msg="Reading frees a slot.")

    def test_read_after_overwrite(self):
        """read and append work together across the wrap point"""
        ring = self.CircularBuffer(3)
        for n in range(4):          # 0 is overwritten: [1, 2, 3]
            ring.append(n)
        self.assertEqual(ring.read(), 1, msg="After one overwrite the oldest item is 1.")
        ring.append(4)              # [2, 3, 4], no overwrite needed
        ring.append(5)              # full: overwrites 2 -> [3, 4, 5]
        self.assertEqual(ring.to_list(), [3, 4, 5],
                         msg="Compute the write position as (start + count) % capacity.")
        self.assertEqual([ring.read(), ring.read(), ring.read()], [3, 4, 5],
                         msg="Reading drains the buffer oldest first.")
        self.assertEqual(len(ring), 0, msg="After reading everything the buffer is empty.")

    def test_read_empty_raises_index_error(self):
        """read on an empty buffer raises IndexError"""
        ring = self.CircularBuffer(2)
        with self.assertRaises(IndexError, msg="read() on an empty buffer should raise IndexError."):
            ring.read()
        ring.append("only")
        ring.read()
        with self.assertRaises(IndexError, msg="Once drained, read() should raise IndexError again."):
            ring.read()

    def test_capacity_one(self):
        """a buffer of one keeps only the newest item"""
        ring = self.CircularBuffer(1)
        ring.append("old")
        ring.append("new")
        self.assertEqual(ring.to_list(), ["new"], msg="With one slot, every append overwrites.")

    def test_stores_none(self):
        """None is an item like any other"""
        ring = self.CircularBuffer(2)
        ring.append(None)
        self.assertEqual(len(ring), 1, msg="Count items with a counter, not by looking for None in slots.")
        self.assertEqual(ring.to_list(), [None], msg="A stored None must come back out.")
        self.assertIsNone(ring.read(), msg="read() returns the stored None.")
        self.assertEqual(len(ring), 0, msg="After reading the None the buffer is empty.")

    def test_rejects_bad_capacity(self):
        """a capacity below 1 raises ValueError"""
        for capacity in (0, -1):
            with self.assertRaises(ValueError, msg="A ring needs at least one slot: raise ValueError."):
                self.CircularBuffer(capacity)
