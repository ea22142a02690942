"""Wrong: well annotated, but the list is a class attribute shared by every stack."""
from typing import ClassVar, Generic, Iterator, List, Optional, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    _data: ClassVar[List] = []

    def __init__(self) -> None:
        pass

    def push(self, item: T) -> None:
        self._data.append(item)

    def pop(self) -> T:
        return self._data.pop()

    def peek(self) -> Optional[T]:
        if not self._data:
            return None
        return self._data[-1]

    def __len__(self) -> int:
        return len(self._data)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._data)
