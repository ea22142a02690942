"""Capstone 8, part 3: summaries, alerts and a plot with pandas and matplotlib."""
import sqlite3

import matplotlib

matplotlib.use("Agg")            # draw to files, no window needed
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402


def load(db_path):
    """Return the readings table as a DataFrame (device, sensor, value, ts), sorted by ts,
    then device, then sensor, with a fresh 0..n-1 index."""
    # TODO
    raise NotImplementedError("load is not written yet")


def summary(frame):
    """Return one row per (device, sensor) with the columns device, sensor, count, mean, min,
    max, sorted by device then sensor, with a fresh index."""
    # TODO
    raise NotImplementedError("summary is not written yet")


def alerts(frame, limits):
    """Readings above their sensor's limit ({sensor: limit}; other sensors never alert).

    Return a list of {"device", "sensor", "value", "ts", "limit"} sorted by ts, device, sensor.
    A value equal to the limit is not an alert.
    """
    # TODO
    raise NotImplementedError("alerts is not written yet")


def plot(frame, sensor, path):
    """Draw ``sensor``'s values against time, one line per device, and save a PNG at ``path``.

    Return the sorted list of devices drawn.
    """
    # TODO
    raise NotImplementedError("plot is not written yet")
