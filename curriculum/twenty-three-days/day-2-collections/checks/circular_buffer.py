"""Checks for the `circular-buffer` milestone."""
from pymastery import call, expect, expect_equal, expect_raises, learner_module


def _new_ring(capacity):
    return call(learner_module().CircularBuffer, capacity).value


def _append_all(ring, items):
    for item in items:
        call(ring.append, item)


def check_starts_empty():
    """a new buffer is empty and remembers its capacity"""
    ring = _new_ring(3)
    expect_equal(call(len, ring).value, 0,
                 hint="A new buffer holds no items: __len__ should return 0.")
    expect_equal(call(ring.to_list).value, [], hint="to_list() of a new buffer is [].")
    expect(not call(ring.is_full).value, "is_full() is true for a new buffer.",
           hint="An empty buffer is not full.")
    expect_equal(ring.capacity, 3, hint="Keep the capacity in self.capacity.")


def check_fills_in_order():
    """items come back oldest first while there is room"""
    ring = _new_ring(4)
    _append_all(ring, "abc")
    expect_equal(call(ring.to_list).value, ["a", "b", "c"],
                 hint="to_list() walks from the oldest slot forward, count items in all.")
    expect_equal(call(len, ring).value, 3,
                 hint="Each append adds one item until the buffer is full.")
    expect(not call(ring.is_full).value, "is_full() is true with 3 items in a buffer of 4.",
           hint="3 items in a buffer of 4 is not full yet.")


def check_becomes_full():
    """the buffer is full at capacity"""
    ring = _new_ring(2)
    _append_all(ring, [1, 2])
    expect(call(ring.is_full).value, "is_full() is false with 2 items in a buffer of 2.",
           hint="is_full() is True when the count equals the capacity.")
    expect_equal(call(len, ring).value, 2, hint="The count never goes above the capacity.")


def check_overwrites_the_oldest():
    """appending to a full buffer overwrites the oldest item"""
    ring = _new_ring(3)
    _append_all(ring, range(5))
    expect_equal(call(ring.to_list).value, [2, 3, 4],
                 hint="When full, write over the oldest slot and move the start index forward "
                      "by one.")
    expect_equal(call(len, ring).value, 3, hint="Overwriting keeps the count at the capacity.")


def check_wraps_around_many_times():
    """the ring keeps working after wrapping around many times"""
    ring = _new_ring(4)
    _append_all(ring, range(1003))
    expect_equal(call(ring.to_list).value, [999, 1000, 1001, 1002],
                 hint="Use % capacity for every index so positions wrap back to 0.")


def check_read_removes_the_oldest():
    """read returns and removes the oldest item"""
    ring = _new_ring(3)
    _append_all(ring, ("x", "y", "z"))
    expect_equal(call(ring.read).value, "x", hint="read() returns the item at the start index.")
    expect_equal(call(ring.to_list).value, ["y", "z"],
                 hint="After read(), the next item becomes the oldest.")
    expect(not call(ring.is_full).value, "is_full() is still true after a read.",
           hint="Reading frees a slot.")


def check_read_after_overwrite():
    """read and append work together across the wrap point"""
    ring = _new_ring(3)
    _append_all(ring, range(4))  # 0 is overwritten: [1, 2, 3]
    expect_equal(call(ring.read).value, 1, hint="After one overwrite the oldest item is 1.")
    _append_all(ring, [4, 5])  # 4 fits; 5 overwrites 2: [3, 4, 5]
    expect_equal(call(ring.to_list).value, [3, 4, 5],
                 hint="Compute the write position as (start + count) % capacity.")
    expect_equal([call(ring.read).value for _ in range(3)], [3, 4, 5],
                 hint="Reading drains the buffer oldest first.")
    expect_equal(call(len, ring).value, 0, hint="After reading everything the buffer is empty.")


def check_read_empty_raises_index_error():
    """read on an empty buffer raises IndexError"""
    ring = _new_ring(2)
    expect_raises(IndexError, ring.read, hint="read() on an empty buffer should raise IndexError.")
    call(ring.append, "only")
    call(ring.read)
    expect_raises(IndexError, ring.read,
                  hint="Once drained, read() should raise IndexError again.")


def check_capacity_one():
    """a buffer of one keeps only the newest item"""
    ring = _new_ring(1)
    _append_all(ring, ["old", "new"])
    expect_equal(call(ring.to_list).value, ["new"], hint="With one slot, every append overwrites.")


def check_stores_none():
    """None is an item like any other"""
    ring = _new_ring(2)
    call(ring.append, None)
    expect_equal(call(len, ring).value, 1,
                 hint="Count items with a counter, not by looking for None in slots.")
    expect_equal(call(ring.to_list).value, [None], hint="A stored None must come back out.")
    expect_equal(call(ring.read).value, None, hint="read() returns the stored None.")
    expect_equal(call(len, ring).value, 0, hint="After reading the None the buffer is empty.")


def check_rejects_bad_capacity():
    """a capacity below 1 raises ValueError"""
    module = learner_module()
    for capacity in (0, -1):
        expect_raises(ValueError, module.CircularBuffer, capacity,
                      hint="A ring needs at least one slot: raise ValueError.")
