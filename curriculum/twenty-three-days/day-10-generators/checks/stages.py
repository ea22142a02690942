"""Checks for the `stages` milestone: filter_data, transform_data, batch_data and flatten."""
import itertools

from pymastery import call, capture, expect, expect_equal, learner_module


class ReadTooFar(Exception):
    """Raised by a source when a stage asks it for more items than it needs."""


class Source:
    """An endless source of 1, 2, 3, ... that refuses to give more than `limit` items."""

    def __init__(self, limit):
        self.limit = limit
        self.given = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.given >= self.limit:
            raise ReadTooFar("the stage asked for item %d of an endless source, but only %d were "
                             "needed: it is reading ahead instead of yielding as it goes"
                             % (self.given + 1, self.limit))
        self.given += 1
        return self.given


def _take(iterator, n):
    return list(itertools.islice(iterator, n))


def check_filter_and_transform():
    """filter_data and transform_data give the right items"""
    pipeline = learner_module()
    words = ["apple", "Bee", "cat", "Dog", "emu"]
    expect_equal(list(call(pipeline.filter_data, words, str.islower).value), ["apple", "cat", "emu"],
                 hint="Yield each item for which predicate(item) is true.")
    expect_equal(list(call(pipeline.transform_data, words, len).value), [5, 3, 3, 3, 3],
                 hint="Yield func(item) for each item.")
    expect_equal(list(call(pipeline.filter_data, [], bool).value), [], hint="Nothing in, nothing out.")


def check_filter_and_transform_are_lazy():
    """filter_data and transform_data pull only what is needed"""
    pipeline = learner_module()
    evens = call(pipeline.filter_data, Source(6), lambda n: n % 2 == 0).value
    expect_equal(call(_take, evens, 3).value, [2, 4, 6],
                 hint="A generator (a function with yield, or a generator expression) hands out one item at a time.")
    squares = call(pipeline.transform_data, Source(4), lambda n: n * n).value
    expect_equal(call(_take, squares, 4).value, [1, 4, 9, 16],
                 hint="Do not build a list of results first: yield each result as soon as it is made.")


def check_stages_chain():
    """stages chain, and each works on a one-shot iterator"""
    pipeline = learner_module()
    numbers = iter(range(20))
    odd = call(pipeline.filter_data, numbers, lambda n: n % 2).value
    doubled = call(pipeline.transform_data, odd, lambda n: n * 10).value
    big = call(pipeline.filter_data, doubled, lambda n: n > 50).value
    expect_equal(list(big), [70, 90, 110, 130, 150, 170, 190],
                 hint="Each stage takes any iterable and returns an iterator, so they plug into each other.")


def check_batches():
    """batch_data groups items, the last batch may be short"""
    pipeline = learner_module()
    expect_equal(list(call(pipeline.batch_data, range(7), 3).value), [[0, 1, 2], [3, 4, 5], [6]],
                 hint="Collect size items into a list, yield it, start a new list; yield a non-empty leftover at the end.")
    expect_equal(list(call(pipeline.batch_data, iter("abcd"), 2).value), [["a", "b"], ["c", "d"]],
                 hint="When the items divide evenly, there is no empty batch at the end.")
    expect_equal(list(call(pipeline.batch_data, [], 5).value), [], hint="No items, no batches, not even an empty one.")
    expect_equal(list(call(pipeline.batch_data, [1, 2], 1).value), [[1], [2]], hint="Size 1 gives one-item lists.")


def check_batches_are_lazy():
    """batch_data yields the first batch after reading just enough items"""
    pipeline = learner_module()
    batches = call(pipeline.batch_data, Source(4), 4).value
    expect_equal(call(next, batches).value, [1, 2, 3, 4],
                 hint="Yield a batch as soon as it is full, before reading the next item.")


def _first(make, *args):
    return next(iter(make(*args)))


def check_bad_batch_size():
    """batch_data refuses a size below 1"""
    pipeline = learner_module()
    for size in (0, -2):
        outcome = capture(_first, pipeline.batch_data, [1, 2, 3], size)
        expect(isinstance(outcome.exception, ValueError),
               "batch_data(items, %d) should raise ValueError, got %r." % (size, outcome.exception),
               hint="A size of 0 would loop forever yielding empty lists; check it and raise ValueError.")


def check_flatten():
    """flatten yields the leaves of nested iterables"""
    pipeline = learner_module()
    nested = [1, [2, (3, [4, []])], "ab", [b"cd", ["ef"]], (n for n in (5, 6))]
    expect_equal(list(call(pipeline.flatten, nested).value), [1, 2, 3, 4, "ab", b"cd", "ef", 5, 6],
                 hint="For an item that is iterable (and not str or bytes), yield from flatten(item); otherwise yield item.")
    deep = [0]
    for n in range(1, 60):
        deep = [deep, n]
    expect_equal(list(call(pipeline.flatten, deep).value), list(range(60)), hint="Recursion handles any depth.")


def check_flatten_is_lazy():
    """flatten works on endless input and inverts batch_data"""
    pipeline = learner_module()
    leaves = call(pipeline.flatten, [[Source(5)]]).value
    expect_equal(call(_take, leaves, 5).value, [1, 2, 3, 4, 5],
                 hint="yield from passes items through one at a time; do not build lists on the way.")
    batches = call(pipeline.batch_data, range(10), 4).value
    expect_equal(list(call(pipeline.flatten, batches).value), list(range(10)),
                 hint="flatten(batch_data(items, n)) gives the items back.")
