"""Checks for the `job-store` milestone (capstone7/store.py)."""
import threading
from contextlib import contextmanager

from pymastery import call, expect, expect_equal, expect_raises, learner_module, temp_folder


@contextmanager
def _store(module=None):
    module = module or learner_module()
    with temp_folder() as folder:
        store = call(module.JobStore, folder.path("jobs.db")).value
        try:
            yield store, folder
        finally:
            try:
                store.close()
            except Exception:
                pass


def check_add_and_get():
    """add stores a queued job that get returns as a dict"""
    with _store() as (store, _):
        first = call(store.add, "resize", ["cat.png", 200]).value
        second = call(store.add, "email", ["ann@example.com"], max_retries=3).value
        expect(isinstance(first, int) and first != second,
               f"add returned {first!r} and then {second!r}; expected two different int ids")
        job = call(store.get, first).value
        expect_equal(job, {"id": first, "task": "resize", "args": ["cat.png", 200],
                           "status": "queued", "attempts": 0, "max_retries": 0,
                           "result": None, "error": None},
                     hint="Store args as JSON text (json.dumps) and turn it back into a list in get.")
        expect_equal(call(store.get, second).value["max_retries"], 3)
        expect_raises(KeyError, store.get, 9999,
                      hint="fetchone() gives None for an unknown id: raise KeyError then.")


def check_jobs_survive_reopening():
    """jobs are in the file: a new JobStore on the same path sees them"""
    module = learner_module()
    with temp_folder() as folder:
        store = call(module.JobStore, folder.path("jobs.db")).value
        job_id = call(store.add, "ping", [1]).value
        call(store.close)
        again = call(module.JobStore, folder.path("jobs.db")).value
        try:
            expect_equal(call(again.get, job_id).value["task"], "ping",
                         hint="Use CREATE TABLE IF NOT EXISTS, and commit after each change "
                              "(`with connection:` commits for you).")
        finally:
            again.close()


def check_claim_takes_the_oldest():
    """claim hands out queued jobs oldest first, marks them running, then gives None"""
    with _store() as (store, _):
        ids = [call(store.add, "step", [n]).value for n in range(3)]
        for expected in ids:
            job = call(store.claim).value
            expect(job is not None, "claim returned None while jobs were still queued")
            expect_equal((job["id"], job["status"], job["attempts"]), (expected, "running", 1),
                         hint="Pick the queued job with the smallest id, set status to running "
                              "and attempts to attempts + 1, then return the updated job.")
        expect_equal(call(store.claim).value, None,
                     hint="When no job is queued, claim returns None.")


def check_finish_fail_and_retries():
    """finish keeps the result; fail requeues while retries are left, then fails"""
    with _store() as (store, _):
        good = call(store.add, "total", [[1, 2]]).value
        call(store.claim)
        call(store.finish, good, {"sum": 3})
        job = call(store.get, good).value
        expect_equal((job["status"], job["result"]), ("done", {"sum": 3}),
                     hint="finish sets status to done and stores the result as JSON.")

        flaky = call(store.add, "fetch", ["a"], max_retries=1).value
        call(store.claim)
        expect_equal(call(store.fail, flaky, "timeout").value, "queued",
                     hint="After 1 attempt with max_retries=1 one retry is left: back to queued.")
        call(store.claim)
        expect_equal(call(store.fail, flaky, "timeout again").value, "failed",
                     hint="After 2 attempts with max_retries=1 no retry is left: failed.")
        job = call(store.get, flaky).value
        expect_equal((job["status"], job["attempts"], job["error"]),
                     ("failed", 2, "timeout again"))
        expect_equal(call(store.counts).value,
                     {"queued": 0, "running": 0, "done": 1, "failed": 1},
                     hint="counts has all four statuses, 0 for those with no job.")


def check_threads_never_share_a_job():
    """four threads claiming at once get every job exactly once"""
    with _store() as (store, _):
        ids = [store.add("n", [n]) for n in range(60)]
        claimed, errors = [], []

        def take():
            try:
                while len(claimed) <= 2 * len(ids):      # a store that repeats jobs ends too
                    job = store.claim()
                    if job is None:
                        return
                    claimed.append(job["id"])
            except Exception as exc:          # reported below
                errors.append(exc)

        threads = [threading.Thread(target=take) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(20)
        expect(not errors, f"claim raised in a thread: {errors[:1]!r}",
               hint="Share one connection made with check_same_thread=False and guard every "
                    "use of it with one threading.Lock.")
        expect_equal(sorted(claimed), ids,
                     hint="Select and update inside the same `with self._lock:` block, so no "
                          "other thread can claim the job in between.")
