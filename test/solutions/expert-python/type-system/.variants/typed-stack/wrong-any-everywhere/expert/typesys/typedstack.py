"""Wrong: works, and is generic, but annotated with Any, so mypy can't catch a thing."""
from typing import Any, Generic, Iterator, List, Optional, TypeVar

Element = TypeVar("Element")


class Stack(Generic[Element]):
    def __init__(self) -> None:
        self._data: List[Any] = []

    def push(self, item: Any) -> None:
        self._data.append(item)

    def pop(self) -> Any:
        return self._data.pop()

    def peek(self) -> Optional[Any]:
        if not self._data:
            return None
        return self._data[-1]

    def __len__(self) -> int:
        return len(self._data)

    def __iter__(self) -> Iterator[Any]:
        return reversed(self._data)
