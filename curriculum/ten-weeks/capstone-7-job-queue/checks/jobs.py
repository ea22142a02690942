"""Checks for the `job-queue` milestone (capstone7/jobs.py)."""
import threading
from contextlib import contextmanager

from pymastery import call, expect, expect_equal, expect_in, expect_raises, learner_module, temp_folder


@contextmanager
def _queue(workers=2):
    module = learner_module()
    with temp_folder() as folder:
        queue = call(module.JobQueue, folder.path("jobs.db"), workers=workers).value
        try:
            yield queue
        finally:
            try:
                queue.stop()
            except Exception:
                pass
            try:
                queue.store.close()
            except Exception:
                pass


def check_submit_returns_at_once():
    """submit returns before the job has run, and a worker thread runs it"""
    gate, seen = threading.Event(), []
    with _queue(workers=1) as queue:

        def slow(x):
            seen.append(threading.current_thread() is threading.main_thread())
            gate.wait(5)
            return x * 2

        expect(call(queue.task, slow).value is slow,
               "queue.task(slow) must return slow itself, so the decorated name still works")
        call(queue.start)
        try:
            job_id = call(queue.submit, "slow", 21).value
            expect_in(call(queue.status, job_id).value, ("queued", "running"),
                      hint="submit only stores the job and returns its id; a worker thread "
                           "runs it later.")
        finally:
            gate.set()
        job = call(queue.wait, job_id, 5).value
        expect_equal((job["status"], job["result"]), ("done", 42))
        expect_equal(seen, [False], hint="The job must run in a worker thread, not in submit.")


def check_workers_run_side_by_side():
    """two workers run two jobs at the same time"""
    barrier = threading.Barrier(2, timeout=3)
    with _queue(workers=2) as queue:

        def meet():
            barrier.wait()
            return "met"

        queue.task(meet)
        call(queue.start)
        ids = [call(queue.submit, "meet").value for _ in range(2)]
        jobs = [call(queue.wait, job_id, 8).value for job_id in ids]
        expect_equal([job["status"] for job in jobs], ["done", "done"],
                     hint="Each job waits for the other one to start: start() must launch "
                          "`workers` threads, each with its own Worker loop.")


def check_failures_are_isolated_and_retried():
    """a failing job fails alone, a flaky one is retried, the rest are done"""
    tries = {"n": 0}
    with _queue() as queue:

        def flaky():
            tries["n"] += 1
            if tries["n"] < 2:
                raise TimeoutError("slow network")
            return "fine"

        def broken():
            raise RuntimeError("disk on fire")

        def square(x):
            return x * x

        for func in (flaky, broken, square):
            queue.task(func)
        call(queue.start)
        flaky_id = call(queue.submit, "flaky", retries=2).value
        broken_id = call(queue.submit, "broken").value
        squares = [call(queue.submit, "square", n).value for n in range(10)]
        expect_equal([queue.wait(i, 8)["result"] for i in squares], [n * n for n in range(10)])
        expect_equal(queue.wait(flaky_id, 8)["status"], "done",
                     hint="Pass retries on to the store as max_retries.")
        broken_job = queue.wait(broken_id, 8)
        expect_equal(broken_job["status"], "failed")
        expect_in("disk on fire", broken_job["error"] or "")


def check_rejects_unknown_tasks_and_times_out():
    """submit refuses an unknown task; wait gives up with TimeoutError"""
    with _queue() as queue:
        expect_raises(ValueError, queue.submit, "nothing",
                      hint="Check the name against self.tasks before storing the job.")

        def idle():
            return None

        queue.task(idle)
        job_id = call(queue.submit, "idle").value
        expect_raises(TimeoutError, queue.wait, job_id, 0.2,
                      hint="No worker was started, so the job stays queued: wait must stop "
                           "after timeout seconds (time.monotonic()) and raise TimeoutError.")


def check_stop_ends_the_threads():
    """stop waits for the worker threads to end"""
    before = set(threading.enumerate())
    with _queue(workers=3) as queue:
        call(queue.start)
        started = set(threading.enumerate()) - before
        expect(len(started) >= 3, f"after start() {len(started)} new threads were running; "
                                  "expected 3", hint="Start one threading.Thread per worker.")
        call(queue.stop)
        alive = [t.name for t in started if t.is_alive()]
        expect_equal(alive, [], hint="Set a threading.Event the loops check, then join() each "
                                     "thread.")
