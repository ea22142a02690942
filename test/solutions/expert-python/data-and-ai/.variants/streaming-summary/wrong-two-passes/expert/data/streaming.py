def summarize_readings(readings):
    counts = {}
    for sensor, value in readings:
        if value is not None:
            counts[sensor] = counts.get(sensor, 0) + 1
    summary = {s: {"count": c, "mean": 0.0, "min": None, "max": None} for s, c in counts.items()}
    for sensor, value in readings:
        if value is None:
            continue
        stats = summary[sensor]
        stats["mean"] += value / stats["count"]
        stats["min"] = value if stats["min"] is None else min(stats["min"], value)
        stats["max"] = value if stats["max"] is None else max(stats["max"], value)
    return summary
