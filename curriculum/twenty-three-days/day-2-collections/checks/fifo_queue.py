"""Checks for the `queue` milestone, written as pytest-style test functions."""
from collections import deque

from pymastery import call, capture, expect, learner_module

CODE = "week1/day2/datastructures.py"


def _attribute_values(obj):
    """Every instance attribute value, whether kept in __dict__ or in __slots__."""
    values = list(getattr(obj, "__dict__", {}).values())
    for cls in type(obj).__mro__:
        slots = getattr(cls, "__slots__", ())
        for name in [slots] if isinstance(slots, str) else slots:
            try:
                values.append(getattr(obj, name))
            except AttributeError:
                pass
    return values


def _new_queue():
    return call(learner_module(CODE).Queue).value


def test_starts_empty():
    """a new Queue is empty"""
    queue = _new_queue()
    assert call(len, queue).value == 0, "a new queue should have len 0"
    assert call(queue.is_empty).value is True, "is_empty() should be True for a new queue"


def test_first_in_first_out():
    """dequeue returns items in the order they were enqueued"""
    queue = _new_queue()
    for item in ("first", "second", "third"):
        call(queue.enqueue, item)
    served = [call(queue.dequeue).value for _ in range(3)]
    assert served == ["first", "second", "third"], "append on the right, popleft on the left"
    assert call(queue.is_empty).value is True, "after serving every item the queue is empty"


def test_interleaved_operations():
    """enqueue and dequeue can be mixed freely"""
    queue = _new_queue()
    call(queue.enqueue, 1)
    call(queue.enqueue, 2)
    assert call(queue.dequeue).value == 1, "the oldest item leaves first"
    call(queue.enqueue, 3)
    assert call(len, queue).value == 2, "len counts the items still waiting"
    assert [call(queue.dequeue).value for _ in range(2)] == [2, 3], "order is kept across mixed calls"


def test_peek_shows_the_front():
    """peek returns the front item and leaves it in place"""
    queue = _new_queue()
    call(queue.enqueue, "a")
    call(queue.enqueue, "b")
    assert call(queue.peek).value == "a", "the front of the queue is the oldest item: self._items[0]"
    assert call(len, queue).value == 2, "peek must not remove the item"


def test_empty_queue_raises_index_error():
    """dequeue and peek on an empty queue raise IndexError"""
    queue = _new_queue()
    outcome = capture(queue.dequeue)
    assert isinstance(outcome.exception, IndexError), "dequeue on an empty queue should raise IndexError"
    outcome = capture(queue.peek)
    assert isinstance(outcome.exception, IndexError), "peek on an empty queue should raise IndexError"


def test_many_items_keep_their_order():
    """ten thousand items come out in order"""
    queue = _new_queue()
    for n in range(10_000):
        queue.enqueue(n)
    out = [queue.dequeue() for _ in range(10_000)]
    assert out == list(range(10_000)), "every item should come out once, oldest first"


def test_built_on_a_deque():
    """the items live in a collections.deque"""
    queue = _new_queue()
    call(queue.enqueue, "x")
    assert any(isinstance(value, deque) for value in _attribute_values(queue)), (
        "keep the items in a deque attribute, e.g. self._items = deque(); "
        "list.pop(0) would shift every other item on each dequeue"
    )


def test_separate_instances():
    """two queues do not share items"""
    module = learner_module(CODE)
    first = call(module.Queue).value
    second = call(module.Queue).value
    call(first.enqueue, "only in first")
    expect(
        call(len, second).value == 0,
        "An item enqueued on one Queue also appeared in another.",
        hint="Create the deque inside __init__ on every call (self._items = deque()). A deque "
             "in the class body, or a default argument such as items=deque(), is made once "
             "and shared by every queue.",
        at="Queue.__init__",
    )
