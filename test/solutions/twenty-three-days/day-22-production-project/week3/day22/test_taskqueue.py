"""Tests for the task queue, on fakeredis: no server needed."""
import fakeredis
import pytest

from taskqueue.broker import TaskQueue
from taskqueue.worker import Worker


@pytest.fixture
def queue():
    return TaskQueue(fakeredis.FakeRedis(decode_responses=True))


def test_submit_then_fetch(queue):
    task_id = queue.submit("add", 2, 3, round=True)
    assert queue.info(task_id)["status"] == "queued"
    job = queue.fetch(timeout=1)
    assert job == {"id": task_id, "task": "add", "args": [2, 3], "kwargs": {"round": True}, "attempts": 0}
    assert queue.info(task_id)["status"] == "running"
    assert queue.fetch(timeout=1) is None


def test_first_in_first_out(queue):
    ids = [queue.submit("add", n, n) for n in range(3)]
    assert [queue.fetch(1)["id"] for _ in ids] == ids


def test_result_is_stored(queue):
    task_id = queue.submit("add", 2, 3)
    Worker(queue, {"add": lambda a, b: a + b}).run_once(1)
    info = queue.wait(task_id, timeout=1)
    assert (info["status"], info["result"]) == ("done", 5)
    assert queue.stats() == {"queued": 0, "processing": 0, "done": 1, "failed": 0}


def test_retries_then_succeeds(queue):
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise ConnectionError("try again")
        return "ok"

    task_id = queue.submit("flaky")
    worker = Worker(queue, {"flaky": flaky}, max_attempts=3)
    for _ in range(3):
        assert worker.run_once(1)
    info = queue.info(task_id)
    assert (info["status"], info["result"], info["attempts"]) == ("done", "ok", 2)


def test_gives_up_after_max_attempts(queue):
    def broken():
        raise ValueError("bad input")

    task_id = queue.submit("broken")
    worker = Worker(queue, {"broken": broken}, max_attempts=2)
    worker.run_once(1)
    assert queue.info(task_id)["status"] == "retrying"
    worker.run_once(1)
    info = queue.info(task_id)
    assert info["status"] == "failed" and "bad input" in info["error"]
    assert worker.run_once(1) is False
    assert queue.stats()["failed"] == 1


def test_unknown_task_fails_at_once(queue):
    task_id = queue.submit("nope")
    Worker(queue, {}).run_once(1)
    assert queue.info(task_id)["status"] == "failed"
