"""Right: Union[Item, None], a generator for __iter__, and a differently named type variable."""
import typing

Item = typing.TypeVar("Item")


class Stack(typing.Generic[Item]):
    def __init__(self) -> None:
        self.items: typing.List[Item] = []

    def push(self, item: Item) -> None:
        self.items.append(item)

    def pop(self) -> Item:
        return self.items.pop()

    def peek(self) -> typing.Union[Item, None]:
        if self.items:
            return self.items[-1]
        return None

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> typing.Iterator[Item]:
        for index in range(len(self.items) - 1, -1, -1):
            yield self.items[index]
