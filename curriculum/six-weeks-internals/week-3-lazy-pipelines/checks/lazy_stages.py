"""Checks for the `lazy-stages` milestone: read_lines and grep read only what is needed."""
import itertools

from pymastery import call, expect, expect_equal, learner_module


class Stats:
    def __init__(self):
        self.opened = []
        self.lines_read = 0
        self.open_now = 0
        self.most_open = 0


class TrackedFile:
    """A stand-in for a text file that counts every line handed out."""

    def __init__(self, text, stats):
        self._lines = text.splitlines(True)
        self._stats = stats
        self._next = 0
        self.closed = False
        stats.open_now += 1
        stats.most_open = max(stats.most_open, stats.open_now)

    def _take(self, count):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        taken = self._lines[self._next:self._next + count]
        self._next += len(taken)
        self._stats.lines_read += len(taken)
        return taken

    def __iter__(self):
        return self

    def __next__(self):
        taken = self._take(1)
        if not taken:
            raise StopIteration
        return taken[0]

    def readline(self, size=-1):
        taken = self._take(1)
        return taken[0] if taken else ""

    def readlines(self, hint=-1):
        return self._take(len(self._lines))

    def read(self, size=-1):
        return "".join(self._take(len(self._lines)))

    def close(self):
        if not self.closed:
            self.closed = True
            self._stats.open_now -= 1

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()
        return False


FILES = {
    "first.log": "boot ok\nERROR disk\nfine\nERROR fan\n",
    "second.log": "ERROR power\nall good\n",
    "third.log": "quiet\n\nERROR late\n",
}


def _opener(stats, files=FILES):
    def opener(path, *args, **kwargs):
        stats.opened.append(str(path))
        return TrackedFile(files[str(path)], stats)
    return opener


def check_yields_every_line():
    """read_lines yields (path, number, line) for every line, newline removed"""
    tool = learner_module()
    stats = Stats()
    got = list(call(tool.read_lines, ["first.log", "third.log"], _opener(stats)).value)
    expected = [("first.log", n, line) for n, line in enumerate(FILES["first.log"].splitlines(), 1)]
    expected += [("third.log", n, line) for n, line in enumerate(FILES["third.log"].splitlines(), 1)]
    expect_equal(got, expected,
                 hint="Number lines from 1 (enumerate(handle, start=1)) and strip the trailing "
                      "newline. Keep empty lines: they are lines too.")


def check_nothing_happens_before_next():
    """calling read_lines opens nothing; the first record reads one line"""
    tool = learner_module()
    stats = Stats()
    records = call(tool.read_lines, ["first.log", "second.log"], _opener(stats)).value
    expect(iter(records) is records, "read_lines did not return an iterator",
           hint="Make read_lines a generator function: it yields records.")
    expect_equal(stats.opened, [], hint="Don't open anything until the first record is asked for.")
    next(records)
    expect_equal(stats.opened, ["first.log"],
                 hint="The first record needs only the first file.")
    expect_equal(
        stats.lines_read, 1,
        message="getting the first record read {} lines".format(stats.lines_read),
        hint="Iterate over the open file (for line in handle) and yield each line as you get it. "
             "read(), readlines() and list(handle) all read the whole file at once.",
    )
    records.close()


def check_one_file_at_a_time():
    """each file is closed before the next is opened, and when the consumer stops"""
    tool = learner_module()
    stats = Stats()
    list(call(tool.read_lines, ["first.log", "second.log", "third.log"], _opener(stats)).value)
    expect_equal(stats.most_open, 1,
                 hint="Close each file before opening the next: a with block around the inner loop does it.")
    expect_equal(stats.open_now, 0, hint="Every file must be closed once read_lines is done.")
    stats = Stats()
    records = call(tool.read_lines, ["first.log", "second.log"], _opener(stats)).value
    next(records)
    records.close()
    expect_equal(
        stats.open_now, 0,
        hint="When a consumer stops early, Python closes the generator by raising GeneratorExit "
             "at the paused yield. A with block (or try/finally) around the yield closes the file then.",
    )


def check_grep_filters():
    """grep keeps only the records whose line contains the needle"""
    tool = learner_module()
    records = [("a", 1, "ERROR one"), ("a", 2, "ok"), ("b", 1, "an ERROR"), ("b", 2, "error lower")]
    got = list(call(tool.grep, iter(records), "ERROR").value)
    expect_equal(got, [records[0], records[2]],
                 hint="Yield the whole record when needle in line; matching is case-sensitive.")


def check_pipeline_stops_early():
    """taking two matches reads no further than the second match"""
    tool = learner_module()
    stats = Stats()
    lines = call(tool.read_lines, ["first.log", "second.log", "third.log"], _opener(stats)).value
    matches = call(tool.grep, lines, "ERROR").value
    expect_equal(stats.lines_read, 0, hint="Creating the stages must not read anything.")
    got = list(itertools.islice(matches, 2))
    expect_equal([r[1:] for r in got], [(2, "ERROR disk"), (4, "ERROR fan")],
                 hint="The first two matches are both in first.log.")
    expect_equal(
        (stats.opened, stats.lines_read), (["first.log"], 4),
        message="taking 2 matches opened {} and read {} lines".format(stats.opened, stats.lines_read),
        hint="Each stage must pull one record at a time from the stage before it. A list "
             "comprehension in grep, or a list() anywhere, reads everything before the first match.",
    )
