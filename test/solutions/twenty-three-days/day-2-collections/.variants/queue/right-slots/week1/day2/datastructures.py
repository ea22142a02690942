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
    """First in, first out, kept in a deque stored in a slot."""

    __slots__ = ("_line",)

    def __init__(self) -> None:
        self._line: deque[T] = deque()

    def enqueue(self, item: T) -> None:
        self._line.append(item)

    def dequeue(self) -> T:
        try:
            return self._line.popleft()
        except IndexError:
            raise IndexError("dequeue from an empty queue") from None

    def peek(self) -> T:
        if len(self._line) == 0:
            raise IndexError("peek at an empty queue")
        return self._line[0]

    def is_empty(self) -> bool:
        return len(self._line) == 0

    def __len__(self) -> int:
        return len(self._line)


class LRUCache(Generic[K, V]):
    """A fixed-size cache that forgets the least recently used key first.

    The OrderedDict keeps keys from least recently used (front) to most
    recently used (back).
    """

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        self.capacity = capacity
        self._data: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K, default: V | None = None) -> V | None:
        """Return the value for ``key`` and mark it as most recently used."""
        if key not in self._data:
            return default
        self._data.move_to_end(key)
        return self._data[key]

    def put(self, key: K, value: V) -> None:
        """Store ``value`` under ``key``, evicting the least recently used key if full."""
        if key in self._data:
            self._data.move_to_end(key)
        elif len(self._data) >= self.capacity:
            self._data.popitem(last=False)
        self._data[key] = value

    def keys(self) -> list[K]:
        """Return the keys from least recently used to most recently used."""
        return list(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"LRUCache({self.capacity}, {dict(self._data)!r})"


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
