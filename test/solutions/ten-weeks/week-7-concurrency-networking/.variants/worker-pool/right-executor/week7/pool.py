"""Week 7: the pool from concurrent.futures."""
from concurrent.futures import ThreadPoolExecutor


def run_pool(func, items, workers=4):
    def safe(item):
        try:
            return func(item)
        except Exception as error:
            return error

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(safe, items))
