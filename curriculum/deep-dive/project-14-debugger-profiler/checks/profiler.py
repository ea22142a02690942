"""Milestone `profiler`: time per function, with an injected clock (tracekit/profiler.py, Profiler)."""
import importlib.util
import sys

from pymastery import call, capture, expect, expect_equal, expect_isinstance, learner_module, temp_folder

# The program's functions move a clock of their own forward instead of doing real work, so the
# times are exact: parse 1 each, load 0.5 of its own, fmt 0.25 each, report 2 of its own.
WORK = '''NOW = [0.0]


def clock():
    return NOW[0]


def parse(line):
    NOW[0] += 1
    return line.split(",")


def load(lines):
    NOW[0] += 0.5
    return [parse(line) for line in lines]


def fmt(row):
    NOW[0] += 0.25
    return "-".join(row)


def report(rows):
    NOW[0] += 2
    return [fmt(row) for row in rows]


def main():
    rows = load(["a,b", "c,d", "e,f"])
    return len(report(rows))


def crash():
    parse("x")
    raise RuntimeError("disk full")
'''

EXPECTED = {  # name: (calls, total, own)
    "parse": (3, 3.0, 3.0),
    "load": (1, 3.5, 0.5),
    "fmt": (3, 0.75, 0.75),
    "report": (1, 2.75, 2.0),
    "main": (1, 6.25, 0.0),
}


def _fixture(folder):
    path = folder.write("work.py", WORK)
    spec = importlib.util.spec_from_file_location("work_fixture", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _profile(profiler_module, func_name="main"):
    with temp_folder() as folder:
        work = _fixture(folder)
        profiler = profiler_module.Profiler(clock=work.clock)
        result = call(profiler.run, getattr(work, func_name)).value
    return profiler, result


def _row(stats):
    return (stats.calls, round(stats.total, 6), round(stats.own, 6))


def check_counts_calls():
    """Each Python function's calls are counted"""
    profiler, result = _profile(learner_module())
    expect_equal(result, 3, hint="run() returns what the function returned.")
    expect_equal({name: profiler.stats[name].calls for name in EXPECTED if name in profiler.stats},
                 {name: row[0] for name, row in EXPECTED.items()},
                 hint="In the profile function, a 'call' event starts a function; count them by frame.f_code.co_name.")
    expect("split" not in profiler.stats and "join" not in profiler.stats,
           "built-in methods such as str.split appear in stats",
           hint="Built-ins arrive as 'c_call' and 'c_return' events: ignore them.")


def check_total_time_includes_callees():
    """total is the time from call to return, callees included"""
    profiler, _ = _profile(learner_module())
    got = {name: round(profiler.stats[name].total, 6) for name in EXPECTED if name in profiler.stats}
    expect_equal(got, {name: row[1] for name, row in EXPECTED.items()},
                 hint="Read self.clock() at 'call' and at the matching 'return' (keep a stack of started calls) "
                      "and add the difference to total.")


def check_own_time_leaves_out_callees():
    """own is the time of the function's own lines, callees left out"""
    profiler, _ = _profile(learner_module())
    got = {name: _row(profiler.stats[name]) for name in EXPECTED if name in profiler.stats}
    expect_equal(got, EXPECTED,
                 hint="When a call returns, add its elapsed time to the callee time of the call below it on the "
                      "stack; own = elapsed - time spent in callees.")


def check_hotspots():
    """hotspots() ranks functions by own time"""
    profiler, _ = _profile(learner_module())
    top = call(profiler.hotspots, 3).value
    expect_equal([name for name, _ in top], ["parse", "report", "fmt"],
                 hint="Sort the (name, stats) pairs by own time, largest first, and keep the first n.")
    everything = call(profiler.hotspots).value
    expect_equal(len(everything), len(profiler.stats), hint="Without n, hotspots() returns every function.")


def check_restores_the_previous_profiler():
    """The profile function installed before is back afterwards, even after an exception"""
    profiler_module = learner_module()

    def earlier(frame, event, arg):
        return None

    with temp_folder() as folder:
        work = _fixture(folder)
        profiler = profiler_module.Profiler(clock=work.clock)
        sys.setprofile(earlier)
        try:
            call(profiler.run, work.main)
            after_return = sys.getprofile()
            outcome = capture(profiler.run, work.crash)
            after_raise = sys.getprofile()
        finally:
            sys.setprofile(None)
    expect(after_return is earlier, "after run() returned, sys.getprofile() is %r" % (after_return,),
           hint="Save sys.getprofile() first and put it back at the end.")
    expect_isinstance(outcome.exception, RuntimeError, hint="Let the function's exception through.")
    expect(after_raise is earlier, "after the function raised, sys.getprofile() is %r" % (after_raise,),
           hint="Put the old profile function back in a `finally:` block.")
    expect_equal(_row(profiler.stats["crash"]), (1, 1.0, 0.0),
                 hint="A function that raises still gets a 'return' event (with arg None): time it the same way.")
