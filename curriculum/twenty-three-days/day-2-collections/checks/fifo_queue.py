"""Checks for the `queue` milestone."""
from collections import deque

from pymastery import call, expect, expect_equal, expect_raises, learner_module
from pymastery.track import attribute_values


def _new_queue():
    return call(learner_module().Queue).value


def check_starts_empty():
    """a new Queue is empty"""
    queue = _new_queue()
    expect_equal(call(len, queue).value, 0, hint="A new queue holds no items: __len__ returns 0.")
    expect_equal(call(queue.is_empty).value, True,
                 hint="is_empty() should be True for a new queue: return not self._items.")


def check_first_in_first_out():
    """dequeue returns items in the order they were enqueued"""
    queue = _new_queue()
    for item in ("first", "second", "third"):
        call(queue.enqueue, item)
    served = [call(queue.dequeue).value for _ in range(3)]
    expect_equal(served, ["first", "second", "third"],
                 hint="Append on the right with append(), take from the left with popleft().")
    expect_equal(call(queue.is_empty).value, True,
                 hint="After serving every item the queue is empty again.")


def check_interleaved_operations():
    """enqueue and dequeue can be mixed freely"""
    queue = _new_queue()
    call(queue.enqueue, 1)
    call(queue.enqueue, 2)
    expect_equal(call(queue.dequeue).value, 1, hint="The oldest item leaves first.")
    call(queue.enqueue, 3)
    expect_equal(call(len, queue).value, 2, hint="len counts the items still waiting.")
    expect_equal([call(queue.dequeue).value for _ in range(2)], [2, 3],
                 hint="The order is kept across mixed calls.")


def check_peek_shows_the_front():
    """peek returns the front item and leaves it in place"""
    queue = _new_queue()
    call(queue.enqueue, "a")
    call(queue.enqueue, "b")
    expect_equal(call(queue.peek).value, "a",
                 hint="The front of the queue is the oldest item: self._items[0].")
    expect_equal(call(len, queue).value, 2, hint="peek must not remove the item.")


def check_empty_queue_raises_index_error():
    """dequeue and peek on an empty queue raise IndexError"""
    queue = _new_queue()
    expect_raises(IndexError, queue.dequeue,
                  hint="deque.popleft() on an empty deque already raises IndexError.")
    expect_raises(IndexError, queue.peek,
                  hint="self._items[0] on an empty deque raises IndexError, or check "
                       "`if not self._items:` and raise IndexError yourself.")


def check_many_items_keep_their_order():
    """ten thousand items come out in order"""
    queue = _new_queue()
    for n in range(10_000):
        queue.enqueue(n)
    out = [queue.dequeue() for _ in range(10_000)]
    expect(out == list(range(10_000)), "the 10,000 items did not come out in the order they "
           "went in", hint="Every item should come out once, oldest first.")


def check_built_on_a_deque():
    """the items live in a collections.deque"""
    queue = _new_queue()
    call(queue.enqueue, "x")
    expect(any(isinstance(value, deque) for value in attribute_values(queue)),
           "No deque found among the Queue's attributes.",
           hint="Keep the items in a deque attribute, e.g. self._items = deque(); "
                "list.pop(0) would shift every other item on each dequeue.")


def check_separate_instances():
    """two queues do not share items"""
    module = learner_module()
    first = call(module.Queue).value
    second = call(module.Queue).value
    call(first.enqueue, "only in first")
    expect_equal(call(len, second).value, 0,
                 hint="Create the deque inside __init__ on every call (self._items = deque()). A "
                      "deque in the class body, or a default argument such as items=deque(), is "
                      "made once and shared by every queue.",
                 at="Queue.__init__")
