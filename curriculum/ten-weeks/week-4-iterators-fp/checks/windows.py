"""Checks for the `sliding-window` milestone (week4/windows.py)."""
import itertools

from pymastery import call, expect_equal, expect_raises, learner_module


def check_windows():
    """consecutive tuples of the given size"""
    module = learner_module()
    expect_equal(list(call(module.sliding_window, [1, 2, 3, 4, 5], 3).value),
                 [(1, 2, 3), (2, 3, 4), (3, 4, 5)],
                 hint="A collections.deque(maxlen=size) drops the oldest item when a new one "
                      "comes in; yield tuple(window) once it is full.")
    expect_equal(list(call(module.sliding_window, "abc", 1).value), [("a",), ("b",), ("c",)])
    expect_equal(list(call(module.sliding_window, [1, 2], 3).value), [],
                 hint="With fewer items than size there is no full window.")


def check_lazy_on_endless_input():
    """works on an endless iterator, reading only what it needs"""
    module = learner_module()
    pulled = []

    def endless():
        for n in itertools.count():
            pulled.append(n)
            yield n

    windows = call(module.sliding_window, endless(), 4).value
    expect_equal(list(itertools.islice(windows, 3)), [(0, 1, 2, 3), (1, 2, 3, 4), (2, 3, 4, 5)],
                 hint="Don't turn the input into a list: loop over it and yield as you go.")
    expect_equal(len(pulled), 6, hint="Three windows of 4 need 6 items: read one more item per "
                                      "window, not the whole window again.")


def check_bad_size():
    """a size below 1 raises ValueError at once"""
    module = learner_module()
    expect_raises(ValueError, module.sliding_window, [1, 2, 3], 0,
                  hint="A generator function runs nothing until the first next(). Check size in "
                       "a plain function, then return the generator from a helper.")
