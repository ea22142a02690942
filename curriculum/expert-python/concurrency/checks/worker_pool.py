"""Checks for the `worker-pool` milestone (expert/concurrency/workpool.py: run_all)."""
import threading
import time

from pymastery import expect, expect_equal, expect_isinstance, expect_raises, fail, learner_module


class _Probe:
    """A task function that records which thread ran it and how many ran at once."""

    def __init__(self, work):
        self.work = work
        self.lock = threading.Lock()
        self.running = 0
        self.most = 0
        self.threads = []          # thread objects, kept alive so none is mistaken for another

    def __call__(self, item):
        me = threading.current_thread()
        with self.lock:
            self.running += 1
            self.most = max(self.most, self.running)
            if not any(t is me for t in self.threads):
                self.threads.append(me)
        try:
            return self.work(item)
        finally:
            with self.lock:
                self.running -= 1


def _run(pool, func, items, workers, limit=10.0):
    """Calls run_all in a thread of the check's own, so a pool that hangs fails instead of stalling."""
    box = {}

    def target():
        try:
            box["value"] = pool.run_all(func, items, workers)
        except BaseException as exc:  # handed back to the check below
            box["error"] = exc

    runner = threading.Thread(target=target, daemon=True)
    runner.start()
    runner.join(limit)
    if runner.is_alive():
        fail("run_all(func, %d items, workers=%d) had not returned after %d seconds"
             % (len(items), workers, limit),
             hint="A worker that dies on an exception leaves its tasks undone, and a queue.join() "
                  "or get() then waits forever. Catch each task's exception inside the worker loop.")
    if "error" in box:
        raise box["error"]
    return list(box["value"])


def _sleepy(item):
    time.sleep(item)
    return item


def check_results_in_item_order():
    """outcomes come back in the order of the items, not the order tasks finished"""
    pool = learner_module()
    delays = [0.12, 0.01, 0.08, 0.02, 0.05, 0.0]
    outcomes = _run(pool, _sleepy, delays, 3)
    expect_equal(len(outcomes), len(delays), hint="Return one Outcome per item.")
    expect_equal([o.value for o in outcomes], delays,
                 hint="Tasks finish in any order. Give each task its index and store its outcome "
                      "in a list slot reserved for that index.")
    expect(all(o.error is None for o in outcomes), "a task that raised nothing has an error set")


def check_errors_are_captured_per_task():
    """a task's exception lands in its own outcome and the other tasks still run"""
    pool = learner_module()
    problem = ValueError("bad item 2")

    def picky(n):
        if n == 2:
            raise problem
        if n == 4:
            raise KeyError(n)
        return n * 10

    outcomes = _run(pool, picky, list(range(7)), 2)
    expect_equal([o.value for o in outcomes], [0, 10, None, 30, None, 50, 60],
                 hint="A failed task has value None; every other task still runs and keeps its value.")
    expect(outcomes[2].error is problem,
           "outcome 2 should hold the ValueError the task raised, but holds %r" % (outcomes[2].error,),
           hint="Catch Exception around func(item) and store the exception object itself.")
    expect_isinstance(outcomes[4].error, KeyError)
    expect_equal([o.ok for o in outcomes], [True, True, False, True, False, True, True])


def check_threads_are_bounded_and_reused():
    """at most `workers` threads run the tasks, each taking task after task"""
    pool = learner_module()
    probe = _Probe(lambda item: time.sleep(0.03) or item)
    outcomes = _run(pool, probe, list(range(12)), 3)
    expect_equal([o.value for o in outcomes], list(range(12)))
    expect(len(probe.threads) <= 3,
           "12 tasks with workers=3 ran on %d different threads" % len(probe.threads),
           hint="Start the worker threads once, before the tasks, and have each loop over tasks "
                "until none are left. One thread per task is what a pool exists to avoid.")
    expect(probe.most <= 3, "%d tasks ran at the same moment with workers=3" % probe.most)
    expect(probe.most >= 2,
           "the tasks never overlapped: they ran one at a time",
           hint="Run the tasks on the worker threads, not in the thread that called run_all.")
    expect(not any(t is threading.main_thread() for t in probe.threads),
           "some tasks ran in the calling thread", hint="Let the worker threads run every task.")


def check_no_more_threads_than_items():
    """two items never need more than two threads"""
    pool = learner_module()
    probe = _Probe(lambda item: time.sleep(0.02) or item)
    before = threading.active_count()
    _run(pool, probe, ["x", "y"], 8)
    expect(len(probe.threads) <= 2, "2 tasks with workers=8 ran on %d threads" % len(probe.threads),
           hint="Start min(workers, len(items)) threads.")
    expect_equal(_run(pool, probe, [], 4), [], hint="No items: return an empty list.")
    expect(threading.active_count() <= before,
           "after run_all returned, %d more threads were still alive" % (threading.active_count() - before),
           hint="join() every worker thread before returning; a worker must leave its loop when "
                "the tasks run out (a sentinel per worker, or get_nowait and queue.Empty).")


def check_threads_end_even_after_errors():
    """every thread has ended when run_all returns, also when tasks failed"""
    pool = learner_module()
    before = set(threading.enumerate())

    def boom(item):
        raise RuntimeError(item)

    outcomes = _run(pool, boom, list(range(5)), 3)
    expect_equal([type(o.error) for o in outcomes], [RuntimeError] * 5)
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    expect_equal(left, [], hint="join() every worker thread before returning.")


def check_rejects_zero_workers():
    """workers below 1 raises ValueError"""
    pool = learner_module()
    expect_raises(ValueError, pool.run_all, str, [1, 2], 0,
                  hint="Check workers before starting anything: if workers < 1, raise ValueError.")
