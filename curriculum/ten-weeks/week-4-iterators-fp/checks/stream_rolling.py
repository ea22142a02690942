"""Checks for the `stream-rolling` milestone (week4/stream/rolling.py)."""
import math

from pymastery import call, expect, expect_equal, expect_flat_memory, learner_module, temp_folder


class _Counted(float):
    """A float that counts the arithmetic done with it."""
    ops = [0]

    def _tick(self):
        _Counted.ops[0] += 1

    def __add__(self, other):
        self._tick()
        return float(self) + other

    def __radd__(self, other):
        self._tick()
        return other + float(self)

    def __sub__(self, other):
        self._tick()
        return float(self) - other

    def __rsub__(self, other):
        self._tick()
        return other - float(self)

    def as_integer_ratio(self):
        self._tick()
        return float(self).as_integer_ratio()


def check_averages():
    """one average per full window"""
    module = learner_module()
    got = list(call(module.rolling_averages, iter([1, 2, 3, 4, 10]), 2).value)
    expect_equal(got, [1.5, 2.5, 3.5, 7.0])
    expect_equal(list(call(module.rolling_averages, iter([5, 6]), 3).value), [],
                 hint="No average until the window is full.")


def check_constant_work_per_step():
    """each step costs the same, whatever the window size"""
    module = learner_module()
    values = [_Counted(n % 17) for n in range(400)]
    _Counted.ops[0] = 0
    got = list(call(module.rolling_averages, iter(values), 100).value)
    expect(len(got) == 301 and math.isclose(got[-1], sum(n % 17 for n in range(300, 400)) / 100),
           "rolling_averages over 400 values with window 100 gave %d averages" % len(got))
    expect(_Counted.ops[0] <= 6 * 400,
           "for 400 values and a window of 100, your code did %d additions and subtractions "
           "with them: about one window's worth per step" % _Counted.ops[0],
           hint="Keep a running total: add the new value, subtract the one that leaves the "
                "window (a deque's popleft gives it to you), instead of summing the window.")


def check_file_summary_flat_memory():
    """file_summary gives the right numbers in flat memory"""
    module = learner_module()
    with temp_folder({"r.txt": "1\n2\n3\n\n10\n4\n1"}) as folder:
        expect_equal(call(module.file_summary, folder.path("r.txt"), 2).value,
                     {"count": 5, "max": 7.0, "last": 2.5})
        expect_equal(call(module.file_summary, folder.path("r.txt"), 9).value,
                     {"count": 0, "max": None, "last": None})

        def readings(n):
            return folder.write("big-%d.txt" % n, "".join("%d.5\n" % (i % 977) for i in range(n)))

        expect_flat_memory(lambda path: module.file_summary(path, 50), readings, size=20_000,
                           at=module.file_summary,
                           hint="Chain the generators, numbers(read_chunks(path)) into "
                                "rolling_averages, and keep only the count, the largest and the "
                                "last average; don't make a list of them.")
