"""Milestone: sync when the source changes (syncer/watch.py, SyncOnChange), with watchdog."""
import time

from pymastery import call, expect, expect_equal, learner_module, temp_folder


class _Clock:
    """A clock the check moves by hand."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def _handler(folder, clock, quiet=0.5):
    watch = learner_module()
    return call(watch.SyncOnChange, folder.path("src"), folder.path("dst"), quiet=quiet,
                clock=clock).value


def _file_event(folder, name):
    from watchdog.events import FileModifiedEvent

    return FileModifiedEvent(folder.path("src/" + name))


def check_waits_for_changes_to_settle():
    """poll() syncs only once no change has come for `quiet` seconds"""
    clock = _Clock()
    with temp_folder({"src/a.txt": "a"}) as folder:
        handler = _handler(folder, clock)
        expect(call(handler.poll).value is None, "poll() synced although nothing had changed",
               hint="Before any event, poll() returns None.")
        call(handler.on_any_event, _file_event(folder, "a.txt"))
        clock.now = 0.3
        expect(call(handler.poll).value is None and not folder.exists("dst/a.txt"),
               "poll() synced 0.3 s after a change, before `quiet` (0.5 s) had passed",
               hint="Keep the clock() time of the latest event; in poll(), do nothing until "
                    "clock() - that time >= quiet.")
        clock.now = 0.6
        result = call(handler.poll).value
        expect(result is not None and folder.exists("dst/a.txt"),
               "poll() did not sync 0.6 s after the change", hint="Call sync(source, dest) and "
               "return its result.")
        expect_equal(result.copied, ["a.txt"])
        clock.now = 5.0
        expect(call(handler.poll).value is None,
               "poll() synced again although nothing had changed since the last sync",
               hint="Forget the pending change once you have synced it.")


def check_a_burst_makes_one_sync():
    """A burst of events makes a single sync, after the last one"""
    clock = _Clock()
    with temp_folder({"src/a.txt": "a", "src/b.txt": "b"}) as folder:
        handler = _handler(folder, clock)
        synced = []
        for now in (0.0, 0.3, 0.6, 0.9):
            clock.now = now
            call(handler.on_any_event, _file_event(folder, "a.txt"))
            if call(handler.poll).value is not None:
                synced.append(now)
        expect_equal(synced, [], hint="Each event restarts the quiet period.")
        clock.now = 1.2
        expect(call(handler.poll).value is None, "poll() synced 0.3 s after the last event",
               hint="Measure from the latest event, not the first.")
        clock.now = 1.5
        expect(call(handler.poll).value is not None, "poll() did not sync 0.6 s after the "
               "last event of the burst")


def check_folder_touches_alone_do_not_count():
    """An event that only says a folder was modified does not start a sync"""
    from watchdog.events import DirModifiedEvent

    clock = _Clock()
    with temp_folder({"src/a.txt": "a"}) as folder:
        handler = _handler(folder, clock)
        call(handler.on_any_event, DirModifiedEvent(folder.path("src")))
        clock.now = 10.0
        expect(call(handler.poll).value is None,
               "a DirModifiedEvent alone made poll() sync",
               hint="A folder is 'modified' whenever a file in it changes, and that file has "
                    "its own event: ignore events with is_directory true and event_type "
                    "'modified'.")


def check_works_with_a_real_observer():
    """With a real watchdog observer, a new file reaches the destination"""
    from watchdog.observers import Observer

    with temp_folder({"src/first.txt": "1"}) as folder:
        handler = _handler(folder, time.monotonic, quiet=0.2)
        observer = Observer()
        observer.schedule(handler, folder.path("src"), recursive=True)
        observer.start()
        try:
            time.sleep(0.2)
            folder.write("src/later/second.txt", "2")
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline and not folder.exists("dst/later/second.txt"):
                call(handler.poll)
                time.sleep(0.05)
        finally:
            observer.stop()
            observer.join(5)
        expect(folder.exists("dst/later/second.txt"),
               "5 s after a file was written into the source, it had not reached the "
               "destination", hint="on_any_event must note the change with self.clock(), and "
                                   "poll() must then call sync().")
