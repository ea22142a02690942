"""Tests for week1/day2/datastructures.py. Run them with:  python -m pytest -v week1/day2"""
import pytest

from datastructures import CircularBuffer, LRUCache, Queue, Stack


def test_stack_is_last_in_first_out() -> None:
    stack: Stack[int] = Stack()
    for n in (1, 2, 3):
        stack.push(n)
    assert stack.peek() == 3
    assert [stack.pop(), stack.pop(), stack.pop()] == [3, 2, 1]
    with pytest.raises(IndexError):
        stack.pop()


def test_queue_is_first_in_first_out() -> None:
    queue: Queue[str] = Queue()
    for item in "abc":
        queue.enqueue(item)
    assert [queue.dequeue(), queue.dequeue()] == ["a", "b"]
    assert len(queue) == 1
    with pytest.raises(IndexError):
        Queue().peek()


def test_lru_get_refreshes_a_key() -> None:
    cache: LRUCache[str, int] = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1
    cache.put("c", 3)
    assert cache.keys() == ["a", "c"]


def test_lru_put_updates_an_existing_key() -> None:
    cache: LRUCache[str, int] = LRUCache(2)
    cache.put("a", 1)
    cache.put("a", 10)
    assert cache.get("a") == 10
    assert len(cache) == 1


def test_buffer_overwrites_the_oldest() -> None:
    ring: CircularBuffer[int] = CircularBuffer(3)
    for n in range(5):
        ring.append(n)
    assert ring.to_list() == [2, 3, 4]
    assert ring.read() == 2
