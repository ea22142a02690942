"""A generic stack: Stack[int] holds ints, Stack[str] holds strs, and mypy can tell.

    numbers: Stack[int] = Stack()
    numbers.push(3)
    numbers.push("three")     # runs, but mypy reports it

Make the class generic over a type variable and annotate every method (parameters
and return values) with it. The check also runs mypy on this file when your
interpreter has it (``pip install mypy``); you can run it yourself from a terminal:

    python -m mypy --disallow-untyped-defs expert/typesys/typedstack.py
"""
from typing import Generic, Iterator, List, Optional, TypeVar  # noqa: F401  (you will need them)


class Stack:
    """Last in, first out."""

    def __init__(self):
        # TODO: an empty, annotated list of items
        raise NotImplementedError("Stack.__init__ is not written yet")

    def push(self, item):
        """Put ``item`` on top."""
        # TODO
        raise NotImplementedError("Stack.push is not written yet")

    def pop(self):
        """Take the top item off and return it; an empty stack raises IndexError."""
        # TODO
        raise NotImplementedError("Stack.pop is not written yet")

    def peek(self):
        """The top item, left in place; None when the stack is empty."""
        # TODO
        raise NotImplementedError("Stack.peek is not written yet")

    def __len__(self):
        """How many items the stack holds."""
        # TODO
        raise NotImplementedError("Stack.__len__ is not written yet")

    def __iter__(self):
        """The items from top to bottom, without removing them."""
        # TODO
        raise NotImplementedError("Stack.__iter__ is not written yet")


if __name__ == "__main__":
    plates: "Stack[int]" = Stack()
    for size in (24, 20, 16):
        plates.push(size)
    print(len(plates), plates.peek(), list(plates), plates.pop(), len(plates))
