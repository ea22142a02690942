"""Bounded: a descriptor that checks numbers against a range.

    class Thermostat:
        target = Bounded(5, 30)
        humidity = Bounded(0, 100)

    t = Thermostat()
    t.target = 21        # fine
    t.target = 45        # ValueError: target must be between 5 and 30, got 45

Try it from a terminal in your workspace folder:

    python expert/advanced/fields.py
"""


class Bounded:
    """A number attribute kept within ``low <= value <= high``; a bound of None means no limit."""

    def __init__(self, low=None, high=None):
        self.low = low
        self.high = high
        self.name = None

    def __set_name__(self, owner, name):
        """Called once when the owning class is created: remember the attribute's name."""
        # TODO
        raise NotImplementedError("Bounded.__set_name__ is not written yet")

    def __get__(self, obj, owner=None):
        """Through the class (``obj`` is None) return the descriptor itself.

        Through an instance return that instance's value. An instance that has no value
        yet raises AttributeError naming the attribute.
        """
        # TODO
        raise NotImplementedError("Bounded.__get__ is not written yet")

    def __set__(self, obj, value):
        """Check ``value`` and store it for ``obj`` only.

        - Not an int or a float, or a bool: TypeError naming the attribute.
        - Below ``low`` or above ``high`` (bounds included, None means open): ValueError
          naming the attribute, like "target must be between 5 and 30, got 45".
        - A rejected value leaves the old one in place.
        Every instance keeps its own value, and two Bounded attributes of one class
        never overwrite each other.
        """
        # TODO
        raise NotImplementedError("Bounded.__set__ is not written yet")


class Thermostat:
    target = Bounded(5, 30)
    humidity = Bounded(0, 100)

    def __init__(self, target, humidity=50):
        self.target = target
        self.humidity = humidity


if __name__ == "__main__":
    hall, cellar = Thermostat(21), Thermostat(12, humidity=80)
    print(hall.target, hall.humidity, cellar.target, cellar.humidity)
    try:
        hall.target = 45
    except ValueError as error:
        print(error)
