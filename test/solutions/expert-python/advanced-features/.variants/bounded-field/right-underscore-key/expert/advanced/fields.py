"""Right: values kept under "_<name>" with setattr/getattr, bounds checked with a chained comparison."""
import numbers


class Bounded:
    def __init__(self, low=None, high=None):
        self.low, self.high, self.name = low, high, None

    def __set_name__(self, owner, name):
        self.name = name
        self.key = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        if not hasattr(obj, self.key):
            raise AttributeError("no %s set" % self.name)
        return getattr(obj, self.key)

    def __set__(self, obj, value):
        if type(value) is bool or not isinstance(value, numbers.Real):
            raise TypeError("%s takes a number" % self.name)
        low = float("-inf") if self.low is None else self.low
        high = float("inf") if self.high is None else self.high
        if not low <= value <= high:
            raise ValueError("%s out of range: %r" % (self.name, value))
        setattr(obj, self.key, value)


class Thermostat:
    target = Bounded(5, 30)
    humidity = Bounded(0, 100)

    def __init__(self, target, humidity=50):
        self.target = target
        self.humidity = humidity
