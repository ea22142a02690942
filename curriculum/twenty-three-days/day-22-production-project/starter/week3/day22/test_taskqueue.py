"""Tests for the task queue, on fakeredis (python -m pip install fakeredis): no server needed.
Run them with `python -m pytest` in week3/day22.

Older fakeredis releases accept only whole seconds as the timeout of a blocking pop, so give
fetch and run_once timeouts such as 1, not 0.1.
"""
import fakeredis
import pytest

from taskqueue.broker import TaskQueue
from taskqueue.worker import Worker


@pytest.fixture
def queue():
    return TaskQueue(fakeredis.FakeRedis(decode_responses=True))


def test_submit_then_fetch(queue):
    raise NotImplementedError  # TODO: and tests for order, results, retries and failures
