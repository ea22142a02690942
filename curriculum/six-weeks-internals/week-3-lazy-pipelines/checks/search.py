"""Checks for the `search` milestone: the stages chained, timed and logged."""
from pathlib import Path

from pymastery import call, expect, expect_equal, learner_module, temp_folder


TREE = {
    "a.log": "start\nTODO: one\n",
    "b.txt": "TODO: not a log\n",
    "logs/c.log": "x\ny\nTODO: two\nTODO: three\n",
    "logs/d.log": "TODO: four\n",
    "zz/e.log": "nothing here\n",
}


class Counting:
    def __init__(self):
        self.opened = []
        self.lines_read = 0

    def opener(self, path, *args, **kwargs):
        self.opened.append(Path(path).name)
        counter = self

        class Handle:
            def __init__(self):
                self.lines = Path(path).read_text().splitlines(True)

            def __iter__(self):
                return self

            def __next__(self):
                if not self.lines:
                    raise StopIteration
                counter.lines_read += 1
                return self.lines.pop(0)

            def readline(self):
                return next(self, "")

            def read(self, size=-1):
                counter.lines_read += len(self.lines)
                text, self.lines = "".join(self.lines), []
                return text

            def readlines(self, hint=-1):
                counter.lines_read += len(self.lines)
                lines, self.lines = self.lines, []
                return lines

            def close(self):
                pass

            def __enter__(self):
                return self

            def __exit__(self, *exc_info):
                return False

        return Handle()


def _tree():
    """The sample tree, in a temporary folder."""
    return temp_folder(TREE)


def _short(records, root):
    return [(Path(p).relative_to(root).as_posix(), n, line) for p, n, line in records]


def check_finds_everything():
    """with no limit every matching line of the .log files is found, in walk order"""
    tool = learner_module()
    with _tree() as folder:
        root = Path(folder.path())
        got = call(tool.search, root, "TODO", ".log").value
        expect_equal(
            _short(got, root),
            [("a.log", 2, "TODO: one"), ("logs/c.log", 3, "TODO: two"),
             ("logs/c.log", 4, "TODO: three"), ("logs/d.log", 1, "TODO: four")],
            hint="Chain the stages: grep(read_lines(walk_files(root, suffix), opener), needle), "
                 "and return the records as a list.",
        )


def check_limit_stops_reading():
    """with a limit, files after the last match are never opened"""
    tool = learner_module()
    with _tree() as folder:
        root = Path(folder.path())
        counting = Counting()
        got = call(tool.search, root, "TODO", ".log", 2, counting.opener).value
        expect_equal([n for _, n, _ in got], [2, 3], hint="Return at most `limit` records.")
        expect_equal(
            (counting.opened, counting.lines_read), (["a.log", "c.log"], 5),
            message="a search for 2 matches opened {} and read {} lines".format(
                counting.opened, counting.lines_read),
            hint="itertools.islice(matches, limit) takes only what it needs from the generators. "
                 "Pass `opener` on to read_lines, and don't turn any stage into a list first.",
        )


def check_logged_and_timed():
    """the log shows start, the timer's line and end"""
    tool = learner_module()
    with _tree() as folder:
        root = Path(folder.path())
        log = []
        call(tool.search, root, "TODO", None, 1, open, log)
        expect_equal(len(log), 3, hint="Expect exactly three entries: start, the timer's line, end.")
        expect_equal((log[0], log[2]), ("start search", "end search"),
                     hint="Wrap the work in logged('search', log) ...")
        expect(log[1].startswith("search: ") and log[1].endswith("s"),
               "the middle entry is {!r}, not the timer's report".format(log[1]),
               hint="... and inside it Timer('search', report=log.append).")
