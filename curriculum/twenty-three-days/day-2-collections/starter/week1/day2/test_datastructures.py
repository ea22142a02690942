"""Tests for week1/day2/datastructures.py. Run them with:  python -m pytest -v week1/day2

Test every structure, and spend most of your asserts on the edge cases: empty
structures, a full cache or buffer, and the order items come back in.
"""
from datastructures import CircularBuffer, LRUCache, Queue, Stack


def test_stack_is_last_in_first_out() -> None:
    # TODO
    pass


def test_queue_is_first_in_first_out() -> None:
    # TODO
    pass
