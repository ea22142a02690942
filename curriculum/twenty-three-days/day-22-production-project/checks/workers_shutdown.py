"""Checks for the `workers-shutdown` milestone: several workers at once, and a clean stop
(week3/day22/taskqueue/worker.py)."""
import signal
import threading
import time

from pymastery import call, expect, expect_equal
from pymastery.track.packages import import_from
from pymastery.track.redis_tools import queue_on, redis_server

ROOT = "week3/day22"


def _modules():
    return import_from(ROOT, "taskqueue.broker"), import_from(ROOT, "taskqueue.worker")


def _wait_for(condition, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def check_run_until_stopped():
    """Worker.run handles tasks until the stop event is set, then returns"""
    broker, worker_module = _modules()
    with redis_server() as make_client:
        queue = queue_on(make_client, broker)
        ids = [queue.submit("double", n) for n in range(3)]
        worker = call(worker_module.Worker, queue, {"double": lambda n: 2 * n}).value
        stop = threading.Event()
        thread = threading.Thread(target=worker.run, args=(stop,), daemon=True)
        thread.start()
        try:
            finished = _wait_for(lambda: all(queue.info(i)["status"] == "done" for i in ids), 5)
        finally:
            stop.set()
            thread.join(3)
        expect(finished, "Worker.run did not finish three quick tasks within 5 seconds.",
               hint="Loop while not stop.is_set(), calling run_once with a short timeout.")
        expect(not thread.is_alive(), "Worker.run was still running 3 seconds after stop was set.",
               hint="Use a short fetch timeout (such as `poll`) so the loop checks the event often.")


def check_workers_share_the_load():
    """run_workers starts several threads that together run every task exactly once"""
    broker, worker_module = _modules()
    done, lock = [], threading.Lock()

    def slow(n):
        time.sleep(0.2)
        with lock:
            done.append(n)
        return n

    with redis_server() as make_client:
        queue = queue_on(make_client, broker)
        ids = [queue.submit("slow", n) for n in range(16)]
        stop = threading.Event()
        started = time.monotonic()
        threads = call(worker_module.run_workers, lambda: queue_on(make_client, broker), {"slow": slow}, 4, stop).value
        try:
            finished = _wait_for(lambda: len(done) >= 16, 8)
            spent = time.monotonic() - started
        finally:
            stop.set()
            for thread in threads or []:
                thread.join(3)
        expect_equal(len(threads or []), 4, hint="Start one threading.Thread per worker and return them all.")
        expect(finished, "Only %d of 16 tasks were done after 8 seconds." % len(done))
        expect_equal(sorted(done), list(range(16)),
                     hint="Each task must run once: the pop from Redis is atomic, so two workers never get the same id.")
        expect(spent < 2.6, "16 tasks of 0.2 s took %.1f s with 4 workers; one worker alone takes 3.2 s." % spent,
               hint="Give every thread its own Worker and its own queue from make_queue(), and start them all "
                    "before waiting for any.")
        expect(all(queue.info(i)["status"] == "done" for i in ids), "Some tasks are not marked done.")
        expect(not any(thread.is_alive() for thread in threads), "Some worker threads kept running after stop.")


def check_graceful_shutdown():
    """a stop during a task lets it finish; tasks still waiting stay queued"""
    broker, worker_module = _modules()

    def report(seconds):
        time.sleep(seconds)
        return "written"

    with redis_server() as make_client:
        queue = queue_on(make_client, broker)
        long_task = queue.submit("report", 0.6)
        stop = threading.Event()
        threads = call(worker_module.run_workers, lambda: queue_on(make_client, broker), {"report": report}, 1, stop).value
        try:
            running = _wait_for(lambda: queue.info(long_task)["status"] == "running", 5)
            stop.set()
            waiting = queue.submit("report", 0)
            for thread in threads or []:
                thread.join(5)
        finally:
            stop.set()
        expect(running, "The task never started running.")
        expect(not any(thread.is_alive() for thread in threads or []),
               "The worker was still alive 5 seconds after stop was set.")
        expect_equal(queue.info(long_task)["status"], "done",
                     hint="Check the stop event between tasks, never inside one: the task that had started must finish "
                          "and store its result.")
        expect_equal(queue.info(waiting)["status"], "queued",
                     hint="After stop, take no new task: it stays in Redis for the next worker.")


def check_signals_stop_the_workers():
    """SIGTERM and SIGINT set the stop event"""
    _, worker_module = _modules()
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        for sig in (signal.SIGTERM, signal.SIGINT):
            stop = threading.Event()
            call(worker_module.install_signal_handlers, stop)
            handler = signal.getsignal(sig)
            expect(callable(handler), "After install_signal_handlers, %s has no Python handler." % sig.name,
                   hint="signal.signal(signal.SIGTERM, handler) and the same for SIGINT.")
            call(handler, int(sig), None)
            expect(stop.is_set(), "The %s handler did not set the stop event." % sig.name,
                   hint="The handler takes (signum, frame) and calls stop.set(); the workers then finish and return.")
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)
