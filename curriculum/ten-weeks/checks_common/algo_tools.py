"""Counting comparisons, for the algorithm checks of week 6.

Timings on a shared machine are noisy; a count of comparisons is not. `Counter` hands out
`Counted` values that wrap a number and add one to the counter on every comparison (==, !=,
<, <=, >, >=, whichever the learner's code uses). A budget makes a slow algorithm stop early
with `TooManyComparisons` instead of running for minutes.
"""


class TooManyComparisons(Exception):
    pass


class Counter:
    def __init__(self, budget=None):
        self.count = 0
        self.budget = budget

    def tick(self):
        self.count += 1
        if self.budget is not None and self.count > self.budget:
            raise TooManyComparisons(self.count)

    def wrap(self, value, tag=None):
        return Counted(value, self, tag)

    def wrap_all(self, values):
        return [Counted(value, self) for value in values]


def _plain(other):
    return other.value if isinstance(other, Counted) else other


def _compare(op):
    def method(self, other):
        self.counter.tick()
        return op(self.value, _plain(other))
    return method


class Counted:
    """A number that counts its comparisons. `tag` rides along, to test stability."""

    __slots__ = ("value", "counter", "tag")

    def __init__(self, value, counter, tag=None):
        self.value = value
        self.counter = counter
        self.tag = tag

    __eq__ = _compare(lambda a, b: a == b)
    __ne__ = _compare(lambda a, b: a != b)
    __lt__ = _compare(lambda a, b: a < b)
    __le__ = _compare(lambda a, b: a <= b)
    __gt__ = _compare(lambda a, b: a > b)
    __ge__ = _compare(lambda a, b: a >= b)

    def __hash__(self):
        return hash(self.value)

    def __add__(self, other):
        return Counted(self.value + _plain(other), self.counter)

    __radd__ = __add__

    def __sub__(self, other):
        return Counted(self.value - _plain(other), self.counter)

    def __neg__(self):
        return Counted(-self.value, self.counter)

    def __float__(self):
        return float(self.value)

    def __int__(self):
        return int(self.value)

    def __repr__(self):
        return repr(self.value)
