"""Capstone 8, part 3: summaries, alerts and a plot with pandas and matplotlib."""
import sqlite3

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402


def load(db_path):
    with sqlite3.connect(str(db_path)) as db:
        frame = pd.read_sql_query("SELECT device, sensor, value, ts FROM readings", db)
    return frame.sort_values(["ts", "device", "sensor"]).reset_index(drop=True)


def summary(frame):
    table = (frame.groupby(["device", "sensor"])["value"]
             .agg(["count", "mean", "min", "max"]).reset_index())
    return table.sort_values(["device", "sensor"]).reset_index(drop=True)


def alerts(frame, limits):
    limit_of = frame["sensor"].map(limits)
    over = frame[limit_of.notna() & (frame["value"] > limit_of)]
    return [{"device": r.device, "sensor": r.sensor, "value": r.value, "ts": r.ts,
             "limit": limits[r.sensor]} for r in over.itertuples()]


def plot(frame, sensor, path):
    figure, axes = plt.subplots(figsize=(8, 4))
    chosen = frame[frame["sensor"] == sensor]
    for device, rows in chosen.groupby("device"):
        axes.plot(rows["ts"], rows["value"], marker=".", label=device)
    axes.set_xlabel("time (s)")
    axes.set_ylabel(sensor)
    axes.set_title(f"{sensor} by device")
    axes.legend()
    figure.savefig(path)
    plt.close(figure)
    return sorted(chosen["device"].unique())
