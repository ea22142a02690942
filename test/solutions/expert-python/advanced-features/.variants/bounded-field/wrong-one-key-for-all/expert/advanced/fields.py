"""Wrong: values go on the instance, but every field uses the same key."""


class Bounded:
    def __init__(self, low=None, high=None):
        self.low, self.high, self.name = low, high, None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        if not hasattr(obj, "_value"):
            raise AttributeError(self.name)
        return obj._value

    def __set__(self, obj, value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(self.name)
        if (self.low is not None and value < self.low) or (self.high is not None and value > self.high):
            raise ValueError("%s out of range" % self.name)
        obj._value = value


class Thermostat:
    target = Bounded(5, 30)
    humidity = Bounded(0, 100)

    def __init__(self, target, humidity=50):
        self.target = target
        self.humidity = humidity
