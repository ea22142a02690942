"""Day 2: four classic data structures, built on Python's own collections."""
from __future__ import annotations

from collections import OrderedDict, deque
from typing import Generic, Hashable, TypeVar, cast

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Stack(Generic[T]):
    """Last in, first out, stored in a list whose end is the top."""

    def __init__(self) -> None:
        self._elements: list[T] = []

    def push(self, item: T) -> None:
        """Put ``item`` on top of the stack."""
        self._elements.append(item)

    def pop(self) -> T:
        """Remove and return the top item. Raise IndexError if the stack is empty."""
        if not self._elements:
            raise IndexError("pop from an empty stack")
        return self._elements.pop()

    def peek(self) -> T:
        """Return the top item without removing it. Raise IndexError if the stack is empty."""
        if not self._elements:
            raise IndexError("peek at an empty stack")
        return self._elements[-1]

    def is_empty(self) -> bool:
        """Return True when the stack holds no items."""
        return not self._elements

    def __len__(self) -> int:
        return len(self._elements)

    def __repr__(self) -> str:
        return f"Stack({self._elements!r})"


class Queue(Generic[T]):
    """First in, first out, stored in a deque: add on the right, take from the left."""

    def __init__(self) -> None:
        self._items: deque[T] = deque()

    def enqueue(self, item: T) -> None:
        """Add ``item`` at the back of the queue."""
        self._items.append(item)

    def dequeue(self) -> T:
        """Remove and return the item at the front. Raise IndexError if the queue is empty."""
        if not self._items:
            raise IndexError("dequeue from an empty queue")
        return self._items.popleft()

    def peek(self) -> T:
        """Return the front item without removing it. Raise IndexError if the queue is empty."""
        if not self._items:
            raise IndexError("peek at an empty queue")
        return self._items[0]

    def is_empty(self) -> bool:
        """Return True when the queue holds no items."""
        return not self._items

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Queue({list(self._items)!r})"


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key: object = None, value: object = None) -> None:
        self.key = key
        self.value = value
        self.prev: _Node = self
        self.next: _Node = self


class LRUCache(Generic[K, V]):
    """A dict from key to node, and a circular doubly linked list from oldest to newest."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._nodes: dict = {}
        self._head = _Node()  # sentinel: head.next is the oldest, head.prev the newest

    def _unlink(self, node: _Node) -> None:
        node.prev.next = node.next
        node.next.prev = node.prev

    def _append(self, node: _Node) -> None:
        last = self._head.prev
        last.next = node
        node.prev = last
        node.next = self._head
        self._head.prev = node

    def get(self, key: K, default: V | None = None) -> V | None:
        node = self._nodes.get(key)
        if node is None:
            return default
        self._unlink(node)
        self._append(node)
        return node.value  # type: ignore[return-value]

    def put(self, key: K, value: V) -> None:
        node = self._nodes.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._append(node)
            return
        if len(self._nodes) >= self.capacity:
            oldest = self._head.next
            self._unlink(oldest)
            del self._nodes[oldest.key]
        node = _Node(key, value)
        self._nodes[key] = node
        self._append(node)

    def keys(self) -> list[K]:
        found = []
        node = self._head.next
        while node is not self._head:
            found.append(node.key)
            node = node.next
        return found

    def __contains__(self, key: object) -> bool:
        return key in self._nodes

    def __len__(self) -> int:
        return len(self._nodes)


class CircularBuffer(Generic[T]):
    """A fixed-size ring. When it is full, a new item overwrites the oldest."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        self.capacity = capacity
        self._slots: list[T | None] = [None] * capacity
        self._start = 0   # index of the oldest item
        self._count = 0

    def append(self, item: T) -> None:
        """Add ``item`` as the newest item, overwriting the oldest one if the buffer is full."""
        end = (self._start + self._count) % self.capacity
        self._slots[end] = item
        if self._count == self.capacity:
            self._start = (self._start + 1) % self.capacity
        else:
            self._count += 1

    def read(self) -> T:
        """Remove and return the oldest item. Raise IndexError if the buffer is empty."""
        if self._count == 0:
            raise IndexError("read from an empty buffer")
        item = self._slots[self._start]
        self._slots[self._start] = None   # drop the reference so it can be freed
        self._start = (self._start + 1) % self.capacity
        self._count -= 1
        return cast(T, item)

    def is_full(self) -> bool:
        """Return True when the buffer holds ``capacity`` items."""
        return self._count == self.capacity

    def to_list(self) -> list[T]:
        """Return the items from oldest to newest, without removing them."""
        return [
            cast(T, self._slots[(self._start + offset) % self.capacity])
            for offset in range(self._count)
        ]

    def __len__(self) -> int:
        return self._count

    def __repr__(self) -> str:
        return f"CircularBuffer({self.capacity}, {self.to_list()!r})"
