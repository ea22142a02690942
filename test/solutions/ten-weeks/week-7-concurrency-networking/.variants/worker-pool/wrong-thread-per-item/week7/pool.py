"""Week 7: one thread per item, however many items there are."""
import threading


def run_pool(func, items, workers=4):
    items = list(items)
    results = [None] * len(items)

    def work(index, item):
        try:
            results[index] = func(item)
        except Exception as error:
            results[index] = error

    threads = [threading.Thread(target=work, args=pair) for pair in enumerate(items)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
