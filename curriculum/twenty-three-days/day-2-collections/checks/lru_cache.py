"""Checks for the `lru-cache` milestone."""
from pymastery import call, expect, expect_equal, expect_raises, learner_module


def _new_cache(capacity):
    return call(learner_module().LRUCache, capacity).value


def check_stores_and_returns_values():
    """put then get returns the stored value"""
    cache = _new_cache(3)
    call(cache.put, "a", 1)
    call(cache.put, "b", 2)
    expect_equal(call(cache.get, "a").value, 1,
                 hint="get should return the value that put stored under the key.")
    expect_equal(call(cache.get, "b").value, 2, hint="Each key keeps its own value.")
    expect_equal(call(len, cache).value, 2, hint="__len__ is the number of keys stored.")
    expect_equal(call(getattr, cache, "capacity").value, 3,
                 hint="Keep the capacity you were given in self.capacity.")


def check_missing_key_gives_default():
    """get of a missing key returns the default"""
    cache = _new_cache(2)
    expect_equal(call(cache.get, "nope").value, None,
                 hint="A missing key is not an error here. Return the default, which is None.")
    expect_equal(call(cache.get, "nope", "fallback").value, "fallback",
                 hint="Return the default argument the caller passed when the key is missing.")
    expect_equal(call(len, cache).value, 0, hint="Looking up a missing key must not add it.")


def check_evicts_least_recently_put():
    """a full cache evicts the oldest key"""
    cache = _new_cache(2)
    call(cache.put, "a", 1)
    call(cache.put, "b", 2)
    call(cache.put, "c", 3)
    expect_equal(call(len, cache).value, 2,
                 hint="The cache must never hold more than capacity keys.")
    expect_equal(call(cache.get, "a").value, None,
                 hint="With nothing read, the oldest key is the least recently used: evict it "
                      "with OrderedDict.popitem(last=False).")
    expect_equal(call(cache.keys).value, ["b", "c"],
                 hint="keys() lists from least to most recently used, which is the order of an "
                      "OrderedDict.")


def check_get_refreshes_recency():
    """get makes a key the most recently used"""
    cache = _new_cache(2)
    call(cache.put, "a", 1)
    call(cache.put, "b", 2)
    call(cache.get, "a")
    call(cache.put, "c", 3)
    expect_equal(
        call(cache.keys).value, ["a", "c"],
        hint="Reading a key counts as using it. In get, call self._data.move_to_end(key) so "
             "'b', not 'a', becomes the least recently used.",
    )
    expect_equal(call(cache.get, "b").value, None,
                 hint="'b' was the least recently used key, so it is the one evicted.")


def check_put_existing_key_updates():
    """put on an existing key updates it without evicting"""
    cache = _new_cache(2)
    call(cache.put, "a", 1)
    call(cache.put, "b", 2)
    call(cache.put, "b", 20)
    expect_equal(call(len, cache).value, 2,
                 hint="Updating a key that is already there must not evict anything: the number "
                      "of keys did not grow.")
    expect_equal(call(cache.keys).value, ["a", "b"],
                 hint="Only evict when a *new* key arrives and the cache is full. Updating 'b' "
                      "must leave 'a' alone.")
    expect_equal(call(cache.get, "b").value, 20, hint="put on an existing key replaces its value.")
    expect_equal(call(cache.get, "a").value, 1,
                 hint="'a' was never evicted, so its value is still there.")


def check_put_existing_key_refreshes():
    """updating a key also makes it the most recently used"""
    cache = _new_cache(2)
    call(cache.put, "a", 1)
    call(cache.put, "b", 2)
    call(cache.put, "a", 11)
    call(cache.put, "c", 3)
    expect_equal(
        call(cache.keys).value, ["a", "c"],
        hint="Writing to a key counts as using it: move it to the end before or after updating.",
    )


def check_contains_does_not_refresh():
    """`key in cache` looks without touching recency"""
    cache = _new_cache(2)
    call(cache.put, "a", 1)
    call(cache.put, "b", 2)
    expect(call(cache.__contains__, "a").value is True, "'a' in cache should be True.",
           hint="__contains__ can simply return key in self._data.")
    expect(call(cache.__contains__, "z").value is False, "'z' in cache should be False.",
           hint="Return a bool for keys that are missing too.")
    call(cache.put, "c", 3)
    expect_equal(
        call(cache.keys).value, ["b", "c"],
        hint="`in` only looks. Do not call move_to_end in __contains__, so 'a' stays the least "
             "recently used.",
    )


def check_capacity_one():
    """a cache of size 1 keeps only the latest key"""
    cache = _new_cache(1)
    call(cache.put, "x", 1)
    call(cache.put, "y", 2)
    expect_equal(call(cache.keys).value, ["y"],
                 hint="With room for one key, each new key evicts the previous one.")
    expect_equal(call(cache.get, "y").value, 2, hint="The newest key is always kept.")


def check_long_sequence():
    """a long mix of gets and puts keeps the right keys"""
    cache = _new_cache(3)
    call(cache.put, 0, 0)
    for n in range(1, 10):
        call(cache.get, 0)  # keeps 0 alive
        call(cache.put, n, n * n)
    expect_equal(
        call(cache.keys).value, [8, 0, 9],
        hint="Key 0 is read again and again, so it must survive while the others rotate out. "
             "Check that both get and put move the key to the most recent end.",
    )


def check_rejects_bad_capacity():
    """a capacity below 1 raises ValueError"""
    module = learner_module()
    for capacity in (0, -5):
        expect_raises(ValueError, module.LRUCache, capacity,
                      hint="A cache with no room makes no sense. In __init__, "
                           "`if capacity < 1: raise ValueError(...)`.")
