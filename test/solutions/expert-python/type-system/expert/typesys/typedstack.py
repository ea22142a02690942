"""A generic stack: Stack[int] holds ints, Stack[str] holds strs, and mypy can tell.

    numbers: Stack[int] = Stack()
    numbers.push(3)
    numbers.push("three")     # runs, but mypy reports it

Make the class generic over a type variable and annotate every method (parameters
and return values) with it. The check also runs mypy on this file when your
interpreter has it (``pip install mypy``); you can run it yourself from a terminal:

    python -m mypy --disallow-untyped-defs expert/typesys/typedstack.py
"""
from typing import Generic, Iterator, List, Optional, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    """Last in, first out."""

    def __init__(self) -> None:
        self._data: List[T] = []

    def push(self, item: T) -> None:
        """Put ``item`` on top."""
        self._data.append(item)

    def pop(self) -> T:
        """Take the top item off and return it; an empty stack raises IndexError."""
        if not self._data:
            raise IndexError("pop from an empty stack")
        return self._data.pop()

    def peek(self) -> Optional[T]:
        """The top item, left in place; None when the stack is empty."""
        if not self._data:
            return None
        return self._data[-1]

    def __len__(self) -> int:
        """How many items the stack holds."""
        return len(self._data)

    def __iter__(self) -> Iterator[T]:
        """The items from top to bottom, without removing them."""
        return reversed(self._data)


if __name__ == "__main__":
    plates: "Stack[int]" = Stack()
    for size in (24, 20, 16):
        plates.push(size)
    print(len(plates), plates.peek(), list(plates), plates.pop(), len(plates))
