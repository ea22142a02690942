"""Checks for the `structure-tests` milestone: week1/day2/test_datastructures.py passes on the
learner's structures and fails on copies where one behaviour is broken."""
from pymastery import learner_tests


TESTS = ["week1/day2/test_datastructures.py"]
CODE = ["week1/day2/datastructures.py"]

STACK_FROM_THE_BOTTOM = """
def mutate(ds):
    pop, push = ds.Stack.pop, ds.Stack.push
    def bottom_pop(self):
        if len(self) == 0:
            return pop(self)
        items = [pop(self) for _ in range(len(self))]
        for item in reversed(items[:-1]):
            push(self, item)
        return items[-1]
    ds.Stack.pop = bottom_pop
"""

QUEUE_FROM_THE_BACK = """
def mutate(ds):
    dequeue, enqueue = ds.Queue.dequeue, ds.Queue.enqueue
    def back_dequeue(self):
        if len(self) == 0:
            return dequeue(self)
        items = [dequeue(self) for _ in range(len(self))]
        for item in items[:-1]:
            enqueue(self, item)
        return items[-1]
    ds.Queue.dequeue = back_dequeue
"""

GET_KEEPS_ORDER = """
def mutate(ds):
    get = ds.LRUCache.get
    def stale_get(self, key, default=None):
        order = self.keys()
        value = get(self, key, default)
        for earlier in order:
            get(self, earlier)
        return value
    ds.LRUCache.get = stale_get
"""

PUT_KEEPS_OLD_VALUE = """
def mutate(ds):
    get, put = ds.LRUCache.get, ds.LRUCache.put
    def lazy_put(self, key, value):
        if key in self:
            get(self, key)
            return
        put(self, key, value)
    ds.LRUCache.put = lazy_put
"""

BUFFER_DROPS_NEW = """
def mutate(ds):
    append = ds.CircularBuffer.append
    def polite_append(self, item):
        if self.is_full():
            return
        append(self, item)
    ds.CircularBuffer.append = polite_append
"""

_runs = {}


def _run(mutation=None):
    if mutation not in _runs:
        _runs[mutation] = learner_tests.run_tests(TESTS, CODE, mutation)
    return _runs[mutation]


def _caught(mutation, broken, hint):
    helper = learner_tests
    helper.require_tests(_run(), TESTS[0], hint="Write test_ functions first.")
    helper.expect_caught(_run(mutation), broken, hint=hint)


def check_has_tests():
    """test_datastructures.py has tests that run"""
    run = _run()
    learner_tests.require_tests(run, TESTS[0], hint="Fill in the starter's tests.")
    if run.note:
        print(run.note)


def check_passes_on_your_code():
    """every test passes on your own datastructures.py"""
    helper = learner_tests
    helper.require_tests(_run(), TESTS[0], hint="Write test_ functions first.")
    helper.expect_all_pass(_run(), "your week1/day2/datastructures.py",
                           hint="Run the test file yourself to see the whole failure.")


def check_catches_a_stack_that_pops_the_bottom():
    """the tests fail when Stack.pop returns the oldest item"""
    _caught(STACK_FROM_THE_BOTTOM, "Stack.pop returned the item pushed first",
            hint="Push three items and assert the order in which pop gives them back.")


def check_catches_a_queue_that_serves_the_newest():
    """the tests fail when Queue.dequeue returns the newest item"""
    _caught(QUEUE_FROM_THE_BACK, "Queue.dequeue returned the item enqueued last",
            hint="Enqueue three items and assert the order of dequeue.")


def check_catches_get_without_refresh():
    """the tests fail when LRUCache.get does not count as a use"""
    _caught(GET_KEEPS_ORDER, "LRUCache.get left the key where it was",
            hint="Fill a cache, get the oldest key, put a new one, and assert which key was evicted.")


def check_catches_put_that_keeps_the_old_value():
    """the tests fail when put on an existing key keeps the old value"""
    _caught(PUT_KEEPS_OLD_VALUE, "LRUCache.put ignored a new value for an existing key",
            hint="Put the same key twice with different values and get it back.")


def check_catches_a_buffer_that_drops_new_items():
    """the tests fail when a full CircularBuffer ignores new items"""
    _caught(BUFFER_DROPS_NEW, "a full CircularBuffer ignored new items instead of overwriting the oldest",
            hint="Append more items than the capacity and assert to_list().")
