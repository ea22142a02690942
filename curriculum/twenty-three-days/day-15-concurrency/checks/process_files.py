"""Checks for the `process-files` milestone: process_files and benchmark in
week3/day15/concurrent_processor.py."""
from pymastery import call, capture, expect, expect_equal, expect_raises, learner_module, temp_folder

TEXTS = {
    "one.txt": "red green blue\nred red\n",
    "two.txt": "a b c d e f\n" * 30,
    "three.txt": "Hello hello HELLO world\n",
}


class _Progress:
    def __init__(self):
        self.reports = []

    def report(self, item, ok=True):
        self.reports.append((item, ok))


def check_all_modes_agree():
    """serial, threads and processes give the same results and errors"""
    processor = learner_module()
    with temp_folder(TEXTS) as folder:
        paths = [folder.path(name) for name in sorted(TEXTS)] + [folder.path("gone.txt")]
        expected = {path: processor.file_stats(path) for path in paths[:-1]}
        for mode in ("serial", "threads", "processes"):
            batch = call(processor.process_files, paths, mode, max_workers=2).value
            expect_equal(batch.results, expected, hint="In mode %r, run file_stats on every path." % mode)
            expect_equal(list(batch.errors), [paths[-1]],
                         hint="In mode %r, a missing file goes into errors, as in the other modes." % mode)


def check_progress_is_reported():
    """each path is reported to progress once, in every mode"""
    processor = learner_module()
    with temp_folder(TEXTS) as folder:
        paths = [folder.path(name) for name in sorted(TEXTS)] + [folder.path("gone.txt")]
        for mode in ("serial", "threads", "processes"):
            progress = _Progress()
            call(processor.process_files, paths, mode, max_workers=2, progress=progress)
            expect_equal(sorted(progress.reports), sorted([(p, True) for p in paths[:-1]] + [(paths[-1], False)]),
                         hint="Pass progress.report as on_done to run_threaded and run_in_processes, and call it "
                              "yourself in the serial loop.")


def check_unknown_mode():
    """an unknown mode raises ValueError"""
    processor = learner_module()
    expect_raises(ValueError, processor.process_files, [], "fibers",
                  hint="Compare mode with the three names in MODES and raise ValueError for anything else.")


def check_benchmark_times_each_mode():
    """benchmark runs each mode once between two readings of timer()"""
    processor = learner_module()
    runs = []
    ticks = []

    def fake_process_files(paths, mode="serial", *args, **kwargs):
        runs.append((list(paths), mode))
        return processor.BatchResult()

    def timer():
        ticks.append(len(runs))
        return 10.0 * len(ticks) + len(runs) * 0.5

    processor.process_files = fake_process_files
    outcome = capture(processor.benchmark, iter(["x.txt", "y.txt"]), ("serial", "processes"), timer=timer)
    expect(outcome.exception is None, "benchmark raised %r." % (outcome.exception,))
    expect_equal([mode for _, mode in runs], ["serial", "processes"],
                 hint="Call process_files(paths, mode) once for each mode, in the order given.")
    expect_equal([paths for paths, _ in runs], [["x.txt", "y.txt"]] * 2,
                 hint="paths may be an iterator: turn it into a list first, so that every mode gets all of them.")
    expect_equal(ticks, [0, 1, 1, 2], hint="Read timer() once just before and once just after each run.")
    expect_equal(outcome.value, {"serial": 10.5, "processes": 10.5},
                 hint="Each mode's time is the second reading minus the first.")
