"""Checks for the `progress` milestone: ProgressTracker in week3/day15/concurrent_processor.py.

The check reports from eight threads at once while on_update is deliberately slow, so a tracker
that updates its counts or calls on_update in the reporting threads is caught every time."""
import threading
import time

from pymastery import call, expect, expect_equal, learner_module


class _Updates:
    """An on_update that notes which thread calls it, whether calls overlap, and what it was told."""

    def __init__(self, pause=0.0):
        self.pause = pause
        self.calls = []
        self.threads = set()
        self.lock = threading.Lock()
        self.active = self.peak = 0

    def __call__(self, done, failed, total):
        with self.lock:
            self.active += 1
            self.peak = max(self.peak, self.active)
            self.threads.add(threading.get_ident())
            self.calls.append((done, failed, total))
        time.sleep(self.pause)
        with self.lock:
            self.active -= 1


def _report_from_threads(tracker, threads=8, each=25, fail_every=5):
    """Reports threads * each items from `threads` threads released together; returns their ids."""
    gate = threading.Barrier(threads)
    idents = []

    def reporter(number):
        idents.append(threading.get_ident())
        gate.wait()
        for index in range(each):
            tracker.report((number, index), ok=index % fail_every != 0)

    workers = [threading.Thread(target=reporter, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return set(idents)


def check_counts_every_report():
    """reports from eight threads at once are all counted"""
    processor = learner_module()
    updates = _Updates(pause=0.0005)
    tracker = call(processor.ProgressTracker, 200, updates).value
    call(tracker.start)
    call(_report_from_threads, tracker)
    call(tracker.close)
    expect_equal((tracker.done, tracker.failed), (160, 40),
                 hint="200 reports, one in five with ok=False: 160 done and 40 failed. close() must wait "
                      "until every event on the queue has been handled.")
    expect_equal(len(updates.calls), 200, hint="Call on_update once per event, after counting it.")
    expect_equal([done + failed for done, failed, _ in updates.calls], list(range(1, 201)),
                 hint="Each call of on_update should see one more finished item than the one before.")
    expect_equal({total for _, _, total in updates.calls}, {200}, hint="Pass the tracker's total as the third argument.")


def check_one_consumer_thread():
    """on_update runs on the tracker's own thread, one call at a time"""
    processor = learner_module()
    updates = _Updates(pause=0.002)
    tracker = call(processor.ProgressTracker, 80, updates).value
    call(tracker.start)
    reporters = call(_report_from_threads, tracker, threads=8, each=10).value
    call(tracker.close)
    expect(updates.peak == 1, "on_update ran %d times at once." % updates.peak,
           hint="Only the consumer thread, taking one event at a time off the queue, should call on_update.")
    expect(not (updates.threads & reporters) and threading.get_ident() not in updates.threads,
           "on_update was called in the threads that called report().",
           hint="report() only puts (item, ok) on a queue.Queue. A thread started in start() takes events off it "
                "and does the counting and the calling.")
    expect_equal(len(updates.threads), 1, hint="One consumer thread does all the updates.")


def check_report_does_not_wait_for_on_update():
    """report() returns at once, even when on_update is slow"""
    processor = learner_module()
    updates = _Updates(pause=0.05)
    tracker = call(processor.ProgressTracker, 10, updates).value
    call(tracker.start)
    started = time.perf_counter()
    for n in range(10):
        call(tracker.report, n)
    took = time.perf_counter() - started
    call(tracker.close)
    expect(took < 0.25, "Ten reports took %.2f s while on_update needed 0.05 s a call." % took,
           hint="report() should only put the event on the queue; the consumer thread does the slow part.")
    expect_equal(len(updates.calls), 10, hint="close() waits for the events still on the queue.")


def check_close_stops_the_thread():
    """close() handles what is queued, then stops the consumer thread"""
    processor = learner_module()
    before = set(threading.enumerate())
    with call(processor.ProgressTracker, 3).value as tracker:
        expect(len(set(threading.enumerate()) - before) >= 1, "start() started no thread.",
               hint="start() creates a threading.Thread that runs the consumer loop, and starts it.")
        for n in range(3):
            tracker.report(n, ok=n != 1)
    expect_equal((tracker.done, tracker.failed), (2, 1), hint="Without on_update the counts must still be kept.")
    time.sleep(0.05)
    left = [thread for thread in set(threading.enumerate()) - before if thread.is_alive()]
    expect_equal(left, [], hint="Put a sentinel (such as None) on the queue in close(), let the consumer "
                                "loop return when it takes it, and join() the thread.")
