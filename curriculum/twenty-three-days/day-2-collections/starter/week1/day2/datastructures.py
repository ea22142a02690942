"""Day 2: four classic data structures, built on Python's own collections.

Each class below has its specification in its docstrings. Replace every
``raise NotImplementedError`` with a real body, one class per milestone.
"""
from __future__ import annotations

from collections import OrderedDict, deque
from typing import Generic, Hashable, TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Stack(Generic[T]):
    """Last in, first out. Store the items in a Python list.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop(), s.peek(), len(s)
    (2, 1, 1)
    """

    def __init__(self) -> None:
        # TODO: create the list that holds the items.
        raise NotImplementedError("Stack is not written yet")

    def push(self, item: T) -> None:
        """Put ``item`` on top of the stack."""
        raise NotImplementedError

    def pop(self) -> T:
        """Remove and return the top item. Raise IndexError if the stack is empty."""
        raise NotImplementedError

    def peek(self) -> T:
        """Return the top item without removing it. Raise IndexError if the stack is empty."""
        raise NotImplementedError

    def is_empty(self) -> bool:
        """Return True when the stack holds no items."""
        raise NotImplementedError

    def __len__(self) -> int:
        """Return how many items the stack holds."""
        raise NotImplementedError


class Queue(Generic[T]):
    """First in, first out. Store the items in a ``collections.deque``.

    >>> q = Queue()
    >>> q.enqueue("a"); q.enqueue("b")
    >>> q.dequeue(), q.peek(), len(q)
    ('a', 'b', 1)
    """

    def __init__(self) -> None:
        # TODO: create the deque that holds the items.
        raise NotImplementedError("Queue is not written yet")

    def enqueue(self, item: T) -> None:
        """Add ``item`` at the back of the queue."""
        raise NotImplementedError

    def dequeue(self) -> T:
        """Remove and return the item at the front. Raise IndexError if the queue is empty."""
        raise NotImplementedError

    def peek(self) -> T:
        """Return the front item without removing it. Raise IndexError if the queue is empty."""
        raise NotImplementedError

    def is_empty(self) -> bool:
        """Return True when the queue holds no items."""
        raise NotImplementedError

    def __len__(self) -> int:
        """Return how many items are waiting."""
        raise NotImplementedError


class LRUCache(Generic[K, V]):
    """A fixed-size cache that forgets the least recently used key first.

    Both ``get`` (of a key that is present) and ``put`` count as using a key.
    When ``put`` adds a new key to a full cache, the key that was used longest
    ago is evicted first. Hint: ``collections.OrderedDict`` remembers order and
    has ``move_to_end`` and ``popitem(last=False)``.

    >>> cache = LRUCache(2)
    >>> cache.put("a", 1); cache.put("b", 2)
    >>> cache.get("a")          # "a" is now the most recently used
    1
    >>> cache.put("c", 3)       # full: evicts "b", the least recently used
    >>> cache.keys()
    ['a', 'c']
    """

    def __init__(self, capacity: int) -> None:
        """Create an empty cache. Raise ValueError if ``capacity`` is less than 1.

        Keep the capacity in ``self.capacity``.
        """
        raise NotImplementedError("LRUCache is not written yet")

    def get(self, key: K, default: V | None = None) -> V | None:
        """Return the value for ``key`` and mark it as most recently used.

        Return ``default`` (and change nothing) when the key is missing.
        """
        raise NotImplementedError

    def put(self, key: K, value: V) -> None:
        """Store ``value`` under ``key`` and mark it as most recently used.

        Updating a key that is already present never evicts anything. Adding a
        new key to a full cache first evicts the least recently used key.
        """
        raise NotImplementedError

    def keys(self) -> list[K]:
        """Return the keys from least recently used to most recently used."""
        raise NotImplementedError

    def __contains__(self, key: object) -> bool:
        """``key in cache``. Only looks: it does not count as using the key."""
        raise NotImplementedError

    def __len__(self) -> int:
        """Return how many keys are stored."""
        raise NotImplementedError


class CircularBuffer(Generic[T]):
    """A fixed-size ring. When it is full, a new item overwrites the oldest.

    Build the ring yourself: a list of ``capacity`` slots, the index of the
    oldest item, and a count. (In real code ``deque(maxlen=n)`` does this job.)

    >>> ring = CircularBuffer(3)
    >>> for n in range(5): ring.append(n)
    >>> ring.to_list()          # 0 and 1 were overwritten
    [2, 3, 4]
    >>> ring.read(), ring.to_list()
    (2, [3, 4])
    """

    def __init__(self, capacity: int) -> None:
        """Create an empty buffer. Raise ValueError if ``capacity`` is less than 1.

        Keep the capacity in ``self.capacity``.
        """
        raise NotImplementedError("CircularBuffer is not written yet")

    def append(self, item: T) -> None:
        """Add ``item`` as the newest item, overwriting the oldest one if the buffer is full."""
        raise NotImplementedError

    def read(self) -> T:
        """Remove and return the oldest item. Raise IndexError if the buffer is empty."""
        raise NotImplementedError

    def is_full(self) -> bool:
        """Return True when the buffer holds ``capacity`` items."""
        raise NotImplementedError

    def to_list(self) -> list[T]:
        """Return the items from oldest to newest, without removing them."""
        raise NotImplementedError

    def __len__(self) -> int:
        """Return how many items the buffer holds."""
        raise NotImplementedError
