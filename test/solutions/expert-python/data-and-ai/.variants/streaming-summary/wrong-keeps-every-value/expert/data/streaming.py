from collections import defaultdict


def summarize_readings(readings):
    values = defaultdict(list)
    for sensor, value in readings:
        if value is not None:
            values[sensor].append(value)
    return {s: {"count": len(v), "mean": sum(v) / len(v), "min": min(v), "max": max(v)} for s, v in values.items()}
