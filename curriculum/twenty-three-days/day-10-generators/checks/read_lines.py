"""Checks for the `read-lines` milestone: read_large_file."""
import builtins
import io
import os

from pymastery import call, capture, expect, expect_equal, fail, learner_module, peak_memory, temp_folder


def check_nothing_happens_on_call():
    """calling read_large_file does not open the file yet"""
    pipeline = learner_module()
    with temp_folder() as folder:
        missing = folder.path("not-there.txt")
        outcome = capture(pipeline.read_large_file, missing)
        if outcome.exception is not None:
            fail("read_large_file(missing_path) raised %s as soon as it was called."
                 % type(outcome.exception).__name__,
                 hint="A generator function runs none of its body when called: put the open() inside "
                      "a function that contains yield.")
        lines = outcome.value
        expect(hasattr(lines, "__next__"), "read_large_file should return an iterator (a generator).",
               hint="Use yield inside the function instead of returning a list.")
        outcome = capture(next, lines)
        expect(isinstance(outcome.exception, OSError),
               "Asking for the first line of a missing file should raise FileNotFoundError, got %r." % (outcome.exception,),
               hint="Let open() raise: the error belongs to the first next(), when the file is really opened.")


def check_lines_without_endings():
    """lines come out one by one, without their line endings"""
    pipeline = learner_module()
    with temp_folder() as folder:
        path = folder.write("mixed.txt", b"alpha\nbeta\r\n\n  indented  \nlast line, no newline")
        lines = list(call(pipeline.read_large_file, path).value)
        expect_equal(lines, ["alpha", "beta", "", "  indented  ", "last line, no newline"],
                     hint="Remove only the line ending (rstrip(\"\\r\\n\")), not spaces; keep empty lines.")
        empty = folder.write("empty.txt", b"")
        expect_equal(list(call(pipeline.read_large_file, empty).value), [], hint="An empty file has no lines.")


def check_reads_lazily():
    """reading two lines of a big file uses little memory"""
    pipeline = learner_module()
    with temp_folder() as folder:
        line = b"%08d some text that makes every line about sixty bytes long....\n"
        path = folder.write("big.txt", b"".join(line % n for n in range(60_000)))
        size = os.path.getsize(path)
        taken = {}

        def read_two_lines(path):
            taken["lines"] = lines = call(pipeline.read_large_file, path).value
            taken["first"] = call(next, lines).value
            taken["second"] = call(next, lines).value

        peak = peak_memory(read_two_lines, path)
        call(taken["lines"].close)
        first, second = taken["first"], taken["second"]
        expect_equal([first[:8], second[:8]], ["00000000", "00000001"], hint="Yield the lines in file order.")
        expect(peak < size // 5,
               "Reading two lines of a %d KB file took %d KB of memory: the whole file was read."
               % (size // 1024, peak // 1024),
               hint="Do not call read() or readlines(). Loop over the open file object: it hands out one line at a time.")


class _Recorder:
    """Stands in for open() and remembers every file it opened."""

    def __init__(self, real):
        self.real = real
        self.files = []

    def __call__(self, *args, **kwargs):
        handle = self.real(*args, **kwargs)
        self.files.append(handle)
        return handle


def _with_recorded_open(action):
    recorder = _Recorder(builtins.open)
    saved = builtins.open, io.open
    builtins.open = io.open = recorder
    try:
        action()
    finally:
        builtins.open, io.open = saved
    return recorder.files


def check_closes_the_file():
    """the file is closed at the end, and when the caller stops early"""
    pipeline = learner_module()
    with temp_folder() as folder:
        path = folder.write("three.txt", b"one\ntwo\nthree\n")

        def read_all():
            list(call(pipeline.read_large_file, path).value)

        files = _with_recorded_open(read_all)
        expect(files, "read_large_file never called open().", hint="Open the file with open(filename).")
        expect(all(f.closed for f in files), "The file was still open after the last line was read.",
               hint="Open it in a with block inside the generator: leaving the block closes it.")

        def read_one():
            lines = call(pipeline.read_large_file, path).value
            call(next, lines)
            call(lines.close)

        files = _with_recorded_open(read_one)
        expect(files and all(f.closed for f in files),
               "After reading one line and calling close() on the generator, the file was still open.",
               hint="close() raises GeneratorExit at the paused yield; a with block around the loop closes the file then.")
