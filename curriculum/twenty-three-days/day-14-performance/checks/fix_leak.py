"""Checks for the `fix-leak` milestone: a bounded cache in front of fetch_price."""
import tracemalloc

from pymastery import call, expect, expect_equal, learner_module


def _counting(optimizer):
    """Swaps the module's fetch_price for one that counts its calls."""
    calls = []
    real = optimizer.fetch_price

    def fetch_price(sku):
        calls.append(sku)
        return real(sku)

    optimizer.fetch_price = fetch_price
    return calls


def check_prices_are_right():
    """lookup_price gives fetch_price's answer"""
    optimizer = learner_module()
    for sku in ("A-1", "B-22", "Z-999"):
        expect_equal(call(optimizer.lookup_price, sku).value, optimizer.fetch_price(sku),
                     hint="The cache must not change the answers.")


def check_repeats_hit_the_cache():
    """asking again for a cached SKU does not call fetch_price"""
    optimizer = learner_module()
    calls = _counting(optimizer)
    for _ in range(50):
        call(optimizer.lookup_price, "SKU-7")
    expect_equal(len(calls), 1, hint="Cache each answer; look it up by SKU before calling fetch_price "
                                     "(and call fetch_price through the module's global name).")


def check_least_recently_used_goes_first():
    """when the cache is full, the least recently used SKU is dropped"""
    optimizer = learner_module()
    calls = _counting(optimizer)
    call(optimizer.lookup_price, "keep-me")
    for n in range(1100):
        call(optimizer.lookup_price, "sku-%d" % n)
        if n % 100 == 0:
            call(optimizer.lookup_price, "keep-me")
    before = len(calls)
    call(optimizer.lookup_price, "keep-me")
    expect_equal(len(calls), before, hint="A SKU used recently must survive; drop the one used longest ago.")
    call(optimizer.lookup_price, "sku-0")
    expect_equal(len(calls), before + 1,
                 hint="After 1100 other SKUs, sku-0 should have been dropped: keep at most 1024 entries.")


def check_memory_stays_bounded():
    """memory stops growing once the cache is full"""
    optimizer = learner_module()
    tracemalloc.start()
    try:
        for n in range(2_000):
            call(optimizer.lookup_price, "warm-%d" % n)
        full = tracemalloc.get_traced_memory()[0]
        for n in range(40_000):
            optimizer.lookup_price("SKU-%06d" % n)
        later = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    growth = later - full
    expect(growth < 1_000_000,
           "After 40,000 more SKUs the cache had grown by %d KB." % (growth // 1024),
           hint="An unbounded dict keeps every SKU ever asked for. functools.lru_cache(maxsize=1024), or an "
                "OrderedDict that drops its oldest entry, keeps memory flat.")
