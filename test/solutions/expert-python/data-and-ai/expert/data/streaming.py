"""Summaries of sensor readings that arrive one at a time, too many to keep."""


def summarize_readings(readings):
    """Summarize an iterable of (sensor, value) pairs in a single pass.

    `readings` may be a generator, so it can be looped over only once, and it may be far too
    long to hold in memory. A value of None is a missed reading: skip it. Return a dict
    mapping each sensor that had at least one value to
        {"count": <number of values>, "mean": <their mean>, "min": <smallest>, "max": <largest>}
    using memory that does not grow with the number of readings.
    """
    running = {}
    for sensor, value in readings:
        if value is None:
            continue
        stats = running.get(sensor)
        if stats is None:
            running[sensor] = [1, value, value, value]
        else:
            stats[0] += 1
            stats[1] += value
            stats[2] = min(stats[2], value)
            stats[3] = max(stats[3], value)
    return {sensor: {"count": count, "mean": total / count, "min": low, "max": high}
            for sensor, (count, total, low, high) in running.items()}
