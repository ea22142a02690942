"""Sync again whenever the source changes (milestone 5)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Callable, Optional, Union

from watchdog.events import FileSystemEvent, FileSystemEventHandler

from syncer.model import SyncResult
from syncer.sync import sync


class SyncOnChange(FileSystemEventHandler):
    """A watchdog handler that syncs ``source`` to ``dest`` once changes have settled.

    Events only note the time of the latest change. ``poll()``, called now and then by
    the watching loop, syncs once no event has come for ``quiet`` seconds, so a burst of
    events (an editor saving, a folder being copied in) makes one sync, not dozens.
    ``clock`` gives the time in seconds (``time.monotonic`` by default).
    """

    def __init__(self, source: Union[str, Path], dest: Union[str, Path], *,
                 quiet: float = 0.5, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.source = Path(source)
        self.dest = Path(dest)
        self.quiet = quiet
        self.clock = clock
        self.last_change: Optional[float] = None

    def on_any_event(self, event: FileSystemEvent) -> None:
        """Note that the source changed (events about folders alone don't count)."""
        if event.is_directory and event.event_type == "modified":
            return
        self.last_change = self.clock()
        sync(self.source, self.dest)

    def poll(self) -> Optional[SyncResult]:
        """Sync and return the result if changes are waiting and have settled; else None."""
        if self.last_change is None or self.clock() - self.last_change < self.quiet:
            return None
        self.last_change = None
        return sync(self.source, self.dest)


def watch(source: Union[str, Path], dest: Union[str, Path], *, quiet: float = 0.5) -> None:
    """Sync once, then keep syncing on every change until Ctrl-C."""
    from watchdog.observers import Observer

    sync(source, dest)
    handler = SyncOnChange(source, dest, quiet=quiet)
    observer = Observer()
    observer.schedule(handler, os.fspath(source), recursive=True)
    observer.start()
    try:
        while True:
            result = handler.poll()
            if result is not None and (result.copied or result.deleted):
                print(f"synced: {', '.join(result.copied + result.deleted)}")
            time.sleep(0.1)
    except KeyboardInterrupt:
        pass
    finally:
        observer.stop()
        observer.join()
