"""Milestone `memory`: peak memory and the lines that hold it (tracekit/memory.py, top_allocations)."""
import importlib.util
import tracemalloc

from pymastery import call, expect, expect_equal, learner_module, temp_folder

BUILD = '''def build(n):
    scratch = bytearray(3_000_000)
    del scratch
    kept = [("row %d " % i) * 8 for i in range(n)]
    return kept


def small():
    return [1, 2, 3]
'''

KEPT_LINE = 4
SCRATCH_LINE = 2


def _fixture(folder):
    path = folder.write("build.py", BUILD)
    spec = importlib.util.spec_from_file_location("build_fixture", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_finds_the_line_holding_memory():
    """The line whose objects are still alive comes first in top"""
    memory = learner_module()
    with temp_folder() as folder:
        build = _fixture(folder)
        report = call(memory.top_allocations, build.build, 20_000).value
    expect_equal(len(report.result), 20_000, hint="result is what the function returned.")
    expect(report.top, "top is empty", hint="Take a snapshot after the call and list snapshot.statistics('lineno').")
    filename, lineno, size = report.top[0]
    expect_equal((filename, lineno), ("build.py", KEPT_LINE),
                 hint="Each statistic's traceback[0] has the filename (keep only its last part) and lineno.")
    expect(size > 20_000 * 60, "top[0] says %d bytes, less than the 20,000 strings it holds" % size,
           hint="Use stat.size, the bytes still allocated from that line.")
    expect(all(line != SCRATCH_LINE for name, line, _ in report.top if name == "build.py"),
           "the bytearray that was freed before the function returned is listed in top",
           hint="The snapshot is taken after the call, so memory already freed is not in it.")


def check_reports_the_peak():
    """peak counts memory that was freed before the function returned"""
    memory = learner_module()
    with temp_folder() as folder:
        build = _fixture(folder)
        report = call(memory.top_allocations, build.build, 1000).value
        small = call(memory.top_allocations, build.small).value
    expect(report.peak >= 3_000_000, "peak is %d bytes, but a 3 MB bytearray existed during the call" % report.peak,
           hint="tracemalloc.get_traced_memory() returns (current, peak); read it right after the call.")
    expect(small.peak < 1_000_000, "peak for a function building a 3-item list is %d bytes" % small.peak,
           hint="Start counting afresh for each call: tracemalloc.clear_traces() (or reset_peak()) before it.")
    expect(len(small.top) <= 3, "top has %d entries with the default limit of 3" % len(small.top))


def check_leaves_tracemalloc_as_it_was():
    """tracemalloc is stopped afterwards if it was stopped, and still running if it was running"""
    memory = learner_module()
    with temp_folder() as folder:
        build = _fixture(folder)
        if tracemalloc.is_tracing():
            tracemalloc.stop()
        call(memory.top_allocations, build.small)
        stopped_after = not tracemalloc.is_tracing()
        tracemalloc.start()
        try:
            call(memory.top_allocations, build.small)
            running_after = tracemalloc.is_tracing()
        finally:
            tracemalloc.stop()
    expect(stopped_after, "tracemalloc was left running after top_allocations()",
           hint="Tracing slows every allocation down: stop it again if you started it.")
    expect(running_after, "top_allocations() stopped tracemalloc, which the caller had started",
           hint="Note tracemalloc.is_tracing() at the start and only stop what you started.")
