"""Checks for the `broker` milestone: the Redis-backed queue and result backend
(week3/day22/taskqueue/broker.py)."""
import threading
import time

from pymastery import call, expect, expect_equal, expect_isinstance, expect_raises
from pymastery.track.packages import import_from
from pymastery.track.redis_tools import queue_on, redis_server

ROOT = "week3/day22"


def _broker():
    return import_from(ROOT, "taskqueue.broker")


def check_submit_and_fetch():
    """submit stores a queued task; fetch hands it out as running and lists it in processing"""
    broker = _broker()
    with redis_server() as make_client:
        queue = queue_on(make_client, broker)
        task_id = call(queue.submit, "resize", "cat.png", 200, quality=80).value
        expect_isinstance(task_id, str, hint="Return the new id, for example uuid.uuid4().hex.")
        info = call(queue.info, task_id).value
        expect_equal(info, {"id": task_id, "task": "resize", "status": "queued", "attempts": 0, "result": None,
                            "error": None},
                     hint="Store the task in a hash (HSET with mapping=...) and read it back with HGETALL.")
        job = call(queue.fetch, 1).value
        expect_equal(job, {"id": task_id, "task": "resize", "args": ["cat.png", 200], "kwargs": {"quality": 80},
                           "attempts": 0},
                     hint="Keep args and kwargs as JSON text in the hash and json.loads them when fetching.")
        expect_equal(call(queue.info, task_id).value.get("status"), "running", hint="fetch sets the status to running.")
        expect_equal(make_client().lrange(queue.processing_key, 0, -1), [task_id],
                     hint="Move the id from the queue to the processing list in one step: "
                          "client.brpoplpush(queue_key, processing_key, timeout).")
        expect_equal(call(queue.info, "no-such-id").value, None, hint="HGETALL of a missing key is an empty dict.")


def check_lives_in_redis():
    """tasks live in Redis: another client sees them, oldest first; another queue name does not"""
    broker = _broker()
    with redis_server() as make_client:
        producer, consumer = queue_on(make_client, broker), queue_on(make_client, broker)
        other = queue_on(make_client, broker, "emails")
        ids = [call(producer.submit, "add", n, n).value for n in range(5)]
        expect_equal(call(other.fetch, 0.2).value, None,
                     hint="Build every key from the queue's name, so two names are two queues.")
        fetched = [(call(consumer.fetch, 1).value or {}).get("id") for _ in ids]
        expect_equal(fetched, ids,
                     hint="A second TaskQueue on another client must see the same tasks, in the order they came: "
                          "LPUSH at one end, pop from the other.")


def check_fetch_blocks():
    """fetch waits for a task to arrive, and returns None when none comes in time"""
    broker = _broker()
    with redis_server() as make_client:
        queue = queue_on(make_client, broker)
        started = time.monotonic()
        expect_equal(call(queue.fetch, 0.5).value, None, hint="Return None when the blocking pop times out.")
        waited = time.monotonic() - started
        expect(0.3 <= waited <= 3, "fetch(0.5) on an empty queue returned after %.2f s." % waited,
               hint="Let Redis wait for you with a blocking pop (BRPOPLPUSH with the timeout), rather than "
                    "returning at once or polling in a loop.")
        producer = queue_on(make_client, broker)
        timer = threading.Timer(0.3, lambda: producer.submit("late"))
        timer.start()
        try:
            started = time.monotonic()
            job = call(queue.fetch, 5).value
            waited = time.monotonic() - started
        finally:
            timer.cancel()
            timer.join()
        expect(job is not None and job.get("task") == "late" and waited < 3,
               "A task submitted 0.3 s into fetch(5) came back as %r after %.2f s." % (job, waited),
               hint="A blocking pop wakes up as soon as something is pushed.")


def check_results_and_retries():
    """complete stores the result; fail retries or gives up; stats counts it all"""
    broker = _broker()
    with redis_server() as make_client:
        queue = queue_on(make_client, broker)
        done, retried, failed = (call(queue.submit, name).value for name in ("a", "b", "c"))
        for _ in range(3):
            call(queue.fetch, 1)
        call(queue.complete, done, {"pages": 3})
        info = call(queue.info, done).value
        expect_equal((info.get("status"), info.get("result")), ("done", {"pages": 3}),
                     hint="complete sets status done and stores json.dumps(result).")
        call(queue.fail, retried, "ConnectionError: timed out", True)
        info = call(queue.info, retried).value
        expect_equal((info.get("status"), info.get("attempts"), info.get("error")),
                     ("retrying", 1, "ConnectionError: timed out"),
                     hint="fail adds one to attempts (HINCRBY), keeps the error, and with retry sets status retrying.")
        again = call(queue.fetch, 1).value
        expect_equal((again or {}).get("id"), retried, hint="With retry, push the id onto the queue again.")
        expect_equal(again.get("attempts"), 1, hint="fetch reports the attempts counted so far.")
        call(queue.fail, failed, "ValueError: bad", False)
        expect_equal(call(queue.info, failed).value.get("status"), "failed")
        expect_equal(make_client().lrange(queue.processing_key, 0, -1), [retried],
                     hint="complete and fail take the id out of processing (LREM).")
        expect_equal(call(queue.stats).value, {"queued": 0, "processing": 1, "done": 1, "failed": 1},
                     hint="queued and processing are LLEN of the two lists; done and failed are counters (HINCRBY).")


def check_wait():
    """wait returns a finished task's info, and raises TimeoutError or KeyError otherwise"""
    broker = _broker()
    with redis_server() as make_client:
        queue, worker_side = queue_on(make_client, broker), queue_on(make_client, broker)
        task_id = call(queue.submit, "add", 1, 2).value

        def finish():
            job = worker_side.fetch(1)
            worker_side.complete(job["id"], 3)

        timer = threading.Timer(0.2, finish)
        timer.start()
        try:
            info = call(queue.wait, task_id, 5, 0.02).value
        finally:
            timer.join()
        expect_equal((info.get("status"), info.get("result")), ("done", 3),
                     hint="Loop: read info, return it when the status is done or failed, else sleep poll seconds.")
        pending = call(queue.submit, "slow").value
        started = time.monotonic()
        expect_raises(TimeoutError, queue.wait, pending, 0.3, 0.02,
                      hint="Give up with TimeoutError once `timeout` seconds have passed (time.monotonic()).")
        expect(time.monotonic() - started < 3, "wait(…, timeout=0.3) took %.1f s." % (time.monotonic() - started))
        expect_raises(KeyError, queue.wait, "no-such-id", 0.3, 0.02, hint="An unknown id raises KeyError at once.")
