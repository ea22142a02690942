"""Week 3: lazypipe, a file search built from lazy generator stages (reference solution).

Each stage takes an iterable and yields results one at a time, so a search
that stops after the first match reads only as much as it needs. Try it from a
terminal in your workspace folder once the milestones are done:

    python internals/week3/lazypipe.py . TODO --suffix .py --limit 5
"""
import contextlib
import itertools
import os
import sys
import time
from pathlib import Path


def walk_files(root, suffix=None):
    """Yield the files under ``root`` (a str or Path) as Path objects, lazily.

    Order: in each folder, first its files in sorted name order, then each of
    its sub-folders in sorted name order, each walked completely before the
    next. Names starting with "." (files and folders) are skipped. With
    ``suffix`` (e.g. ".log"), yield only files whose name ends with it.

    This must be a generator: nothing is read from disk until the first file
    is asked for, and a folder is listed only when the walk reaches it.
    """
    folder = Path(root)
    entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    folders = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            folders.append(entry.name)
        elif suffix is None or entry.name.endswith(suffix):
            yield folder / entry.name
    for name in folders:
        yield from walk_files(folder / name, suffix)


def read_lines(paths, opener=open):
    """Yield ``(path, line_number, line)`` for every line of every file in ``paths``.

    Open each file with ``opener(path)`` only when the previous one is used up,
    and close it as soon as its last line has been yielded, so at most one
    file is open at a time. Read a file by iterating over it, line by line,
    never all at once. ``line_number`` counts from 1 and ``line`` has its
    trailing newline removed. If the consumer stops early and the generator is
    closed, the file that is open gets closed too.
    """
    for path in paths:
        handle = opener(path)
        try:
            number = 0
            while True:
                line = handle.readline()
                if not line:
                    break
                number += 1
                if line.endswith("\n"):
                    line = line[:-1]
                yield path, number, line
        finally:
            handle.close()


def grep(records, needle):
    """Yield the ``(path, line_number, line)`` records whose line contains ``needle``.

    One record in, at most one record out: never collect the records first.
    """
    return (record for record in records if needle in record[2])


class Timer:
    """A context manager that measures how long its block took.

        with Timer("load", report=log.append) as t:
            ...
        t.elapsed   # seconds, as measured by ``clock``

    On leaving the block, set ``self.elapsed`` to the time between entering
    and leaving (call ``clock()`` exactly once on the way in and once on the
    way out) and call ``report("<label>: <elapsed with 3 decimals>s")``, for
    example ``report("load: 0.125s")``. This also happens when the block
    raises, and the exception is never swallowed.
    """

    def __init__(self, label, clock=time.perf_counter, report=print):
        self.label = label
        self.clock = clock
        self.report = report
        self.elapsed = None

    def __enter__(self):
        self.started = self.clock()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = self.clock() - self.started
        self.report("{}: {:.3f}s".format(self.label, self.elapsed))
        return False


@contextlib.contextmanager
def logged(name, log):
    """Append what happens to the block to the list ``log``.

    On entering: "start <name>". When the block finishes normally:
    "end <name>". When it raises: "error <name>: <exception type name>", and
    the exception carries on to the caller (it is never swallowed).
    """
    log.append("start {}".format(name))
    try:
        yield
    except BaseException as error:
        log.append("error {}: {}".format(name, type(error).__name__))
        raise
    log.append("end {}".format(name))


def search(root, needle, suffix=None, limit=None, opener=open, log=None):
    """Return a list of the ``(path, line_number, line)`` records under ``root``
    whose line contains ``needle``, in walk order.

    Chain walk_files, read_lines (with ``opener``) and grep, and stop as soon as
    ``limit`` records have been found (all of them when ``limit`` is None):
    files after that are never opened, and lines after that are never read.

    The whole search runs inside ``logged("search", log)`` and, inside that,
    ``Timer("search", report=log.append)``, so afterwards ``log`` holds
    "start search", the timer's line and "end search". With ``log=None`` use a
    new list of your own.
    """
    if log is None:
        log = []
    with logged("search", log):
        with Timer("search", report=log.append):
            matches = grep(read_lines(walk_files(root, suffix), opener), needle)
            return list(itertools.islice(matches, limit))


def main(argv=None):
    """python lazypipe.py ROOT NEEDLE [--suffix S] [--limit N]"""
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) < 2:
        print(main.__doc__)
        return 2
    root, needle, rest = argv[0], argv[1], argv[2:]
    options = dict(zip(rest[::2], rest[1::2]))
    limit = int(options["--limit"]) if "--limit" in options else None
    log = []
    for path, number, line in search(root, needle, options.get("--suffix"), limit, log=log):
        print("{}:{}: {}".format(path, number, line.strip()))
    print("\n".join(log), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
