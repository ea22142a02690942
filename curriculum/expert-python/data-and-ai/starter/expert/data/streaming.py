"""Summaries of sensor readings that arrive one at a time, too many to keep."""


def summarize_readings(readings):
    """Summarize an iterable of (sensor, value) pairs in a single pass.

    `readings` may be a generator, so it can be looped over only once, and it may be far too
    long to hold in memory. A value of None is a missed reading: skip it. Return a dict
    mapping each sensor that had at least one value to
        {"count": <number of values>, "mean": <their mean>, "min": <smallest>, "max": <largest>}
    using memory that does not grow with the number of readings.
    """
    # TODO
    return {}
