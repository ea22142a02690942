"""Checks for the `streaming-summary` milestone: summarize_readings in expert/data/streaming.py."""
from pymastery import call, expect, expect_equal, expect_flat_memory, learner_module


def _close(summary, expected):
    expect_equal(sorted(summary), sorted(expected), message="the summary has the sensors %s" % sorted(summary),
                 hint="One entry per sensor that had at least one value.")
    for sensor, stats in expected.items():
        got = summary[sensor]
        expect(isinstance(got, dict) and all(
            isinstance(got.get(key), (int, float)) and abs(got[key] - value) < 1e-9 for key, value in stats.items()),
            "for %r the summary is %r, expected %r" % (sensor, got, stats),
            hint="Keep count, total, min and max per sensor; the mean is total / count at the end.")


def check_summarizes_each_sensor():
    """count, mean, min and max per sensor, missed readings skipped"""
    data = learner_module()
    readings = [("hall", 20.5), ("roof", -3.0), ("hall", 21.5), ("roof", None), ("hall", 19.0), ("cellar", None)]
    summary = call(data.summarize_readings, readings).value
    _close(summary, {"hall": {"count": 3, "mean": 61 / 3, "min": 19.0, "max": 21.5},
                     "roof": {"count": 1, "mean": -3.0, "min": -3.0, "max": -3.0}})


def check_one_pass():
    """it works on a generator, which can be read only once"""
    data = learner_module()
    readings = ((name, value) for name, value in [("a", 1), ("b", 10), ("a", 3), ("b", 20), ("a", 5)])
    summary = call(data.summarize_readings, readings).value
    _close(summary, {"a": {"count": 3, "mean": 3, "min": 1, "max": 5}, "b": {"count": 2, "mean": 15, "min": 10, "max": 20}})


def check_nothing_gives_nothing():
    """no readings, or only missed ones, give an empty summary"""
    data = learner_module()
    expect_equal(call(data.summarize_readings, iter([])).value, {})
    expect_equal(call(data.summarize_readings, [("x", None)]).value, {},
                 hint="A sensor with no values at all has no mean: leave it out.")


def check_memory_stays_flat():
    """ten times the readings need no more memory"""
    data = learner_module()

    def readings(n):
        return ((("sensor-%d" % (i % 8)), float(i % 97)) for i in range(n))

    expect_flat_memory(data.summarize_readings, readings, size=20_000, factor=10,
                       hint="Keep four numbers per sensor (count, total, smallest, largest) and update them for each "
                            "reading. A list of values per sensor, or list(readings), grows with the input.")
