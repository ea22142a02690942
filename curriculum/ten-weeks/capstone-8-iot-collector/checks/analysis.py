"""Checks for the `iot-analysis` milestone (capstone8/analysis.py)."""
import os
import sqlite3

from pymastery import call, expect, expect_equal, learner_module, temp_folder

os.environ.setdefault("MPLBACKEND", "Agg")

ROWS = [("b", "temp", 30.0, 3.0), ("a", "temp", 20.0, 1.0), ("a", "humidity", 55.0, 1.0),
        ("a", "temp", 24.0, 2.0), ("b", "temp", 18.0, 1.0), ("b", "humidity", 90.0, 2.0),
        ("a", "temp", 35.5, 3.0)]


def _database(folder):
    path = folder.path("iot.db")
    db = sqlite3.connect(path)
    with db:
        db.execute("CREATE TABLE readings (device TEXT, sensor TEXT, value REAL, ts REAL)")
        db.executemany("INSERT INTO readings VALUES (?, ?, ?, ?)", ROWS)
    db.close()
    return path


def _frame(module):
    with temp_folder() as folder:
        return call(module.load, _database(folder)).value


def check_loads_the_table():
    """load gives a DataFrame sorted by time, device and sensor"""
    module = learner_module()
    frame = _frame(module)
    expect_equal(list(frame.columns), ["device", "sensor", "value", "ts"])
    expect_equal([tuple(row) for row in frame.itertuples(index=False)],
                 sorted(ROWS, key=lambda r: (r[3], r[0], r[1])),
                 hint="pandas.read_sql_query(sql, connection), then sort_values(['ts', "
                      "'device', 'sensor']).")
    expect_equal(list(frame.index), list(range(len(ROWS))),
                 hint="reset_index(drop=True) numbers the sorted rows 0, 1, 2, ...")


def check_summary():
    """summary has count, mean, min and max per device and sensor"""
    module = learner_module()
    table = call(module.summary, _frame(module)).value
    expect_equal(list(table.columns), ["device", "sensor", "count", "mean", "min", "max"],
                 hint="groupby(['device', 'sensor'])['value'].agg(['count', 'mean', 'min', "
                      "'max']).reset_index()")
    got = [(r.device, r.sensor, int(r.count), round(float(r.mean), 3), r.min, r.max)
           for r in table.itertuples(index=False)]
    expect_equal(got, [("a", "humidity", 1, 55.0, 55.0, 55.0),
                       ("a", "temp", 3, 26.5, 20.0, 35.5),
                       ("b", "humidity", 1, 90.0, 90.0, 90.0),
                       ("b", "temp", 2, 24.0, 18.0, 30.0)])


def check_alerts():
    """alerts lists readings above their sensor's limit, in time order"""
    module = learner_module()
    frame = _frame(module)
    got = call(module.alerts, frame, {"temp": 30.0, "humidity": 80}).value
    expect_equal(got, [{"device": "b", "sensor": "humidity", "value": 90.0, "ts": 2.0, "limit": 80},
                       {"device": "a", "sensor": "temp", "value": 35.5, "ts": 3.0, "limit": 30.0}],
                 hint="Select rows with a boolean mask, (frame.sensor == s) & (frame.value > "
                      "limit); 30.0 exactly is not above 30.0. Sort by ts, device, sensor.")
    expect_equal(call(module.alerts, frame, {"pressure": 1}).value, [])


def check_plots_a_png():
    """plot saves a PNG with one line per device"""
    module = learner_module()
    frame = _frame(module)
    with temp_folder() as folder:
        path = folder.path("temp.png")
        devices = call(module.plot, frame, "temp", path).value
        expect(os.path.exists(path), "plot did not create the file",
               hint="figure.savefig(path) writes the picture.")
        with open(path, "rb") as handle:
            start = handle.read(8)
        expect_equal(start, b"\x89PNG\r\n\x1a\n", hint="Save as PNG: the path ends in .png.")
    expect_equal(list(devices), ["a", "b"])
