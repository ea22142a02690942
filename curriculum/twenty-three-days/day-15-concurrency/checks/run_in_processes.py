"""Checks for the `run-in-processes` milestone: run_in_processes in week3/day15/concurrent_processor.py."""
import os

from pymastery import call, expect, expect_equal, expect_isinstance, learner_module, temp_folder

TEXTS = {
    "a.txt": "the cat sat\non the mat\n",
    "b.txt": "one two two three three three\n" * 40,
    "c.txt": "Stop. Stop! stop\n",
}


def check_runs_in_other_processes():
    """the jobs run in worker processes, not in this one"""
    processor = learner_module()
    batch = call(processor.run_in_processes, processor.worker_pid, list(range(6)), max_workers=2).value
    expect_isinstance(batch, processor.BatchResult, hint="Return a BatchResult(results, errors).")
    expect_equal(sorted(batch.results), list(range(6)), hint="One result per item, stored under the item.")
    pids = set(batch.results.values())
    expect(os.getpid() not in pids,
           "worker_pid returned this process's own id, so the jobs ran here rather than in worker processes.",
           hint="Use concurrent.futures.ProcessPoolExecutor instead of a thread pool or a plain loop.")
    expect(len(pids) <= 2, "The jobs ran in %d processes, but max_workers was 2." % len(pids),
           hint="Pass max_workers to ProcessPoolExecutor(max_workers=...).")


def check_file_stats_in_processes():
    """file_stats on several files gives the same results as calling it here"""
    processor = learner_module()
    with temp_folder(TEXTS) as folder:
        paths = [folder.path(name) for name in sorted(TEXTS)]
        expected = {path: processor.file_stats(path) for path in paths}
        reports = []
        batch = call(processor.run_in_processes, processor.file_stats, paths, max_workers=2,
                     on_done=lambda item, ok: reports.append((item, ok))).value
    expect_equal(batch.results, expected, hint="Store each future's result under the path it was given.")
    expect_equal(sorted(reports), [(path, True) for path in paths],
                 hint="Call on_done(item, ok) in this process as each future completes.")


def check_a_missing_file_is_an_error_not_a_crash():
    """a worker's exception comes back under its item"""
    processor = learner_module()
    with temp_folder(TEXTS) as folder:
        missing = folder.path("missing.txt")
        paths = [folder.path("a.txt"), missing, folder.path("b.txt")]
        batch = call(processor.run_in_processes, processor.file_stats, paths, max_workers=2).value
    expect_equal(sorted(batch.results), sorted([paths[0], paths[2]]), hint="The other files still give their results.")
    expect_equal(list(batch.errors), [missing],
                 hint="future.exception() gives the exception raised in the worker, copied back to this process.")
    expect_isinstance(batch.errors[missing], FileNotFoundError,
                      hint="Keep the exception itself, here the FileNotFoundError from open().")
