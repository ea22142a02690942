"""Week 7: a bounded pool of worker threads."""
import queue
import threading


def run_pool(func, items, workers=4):
    """Call ``func(item)`` for every item on at most ``workers`` threads at a time.

    Return the results in the order of ``items`` (not the order they finished in). When a call
    raises, its place in the list holds the exception object instead, and the others go on.
    """
    items = list(items)
    results = [None] * len(items)
    jobs = queue.Queue()
    for index, item in enumerate(items):
        jobs.put((index, item))

    def work():
        while True:
            try:
                index, item = jobs.get_nowait()
            except queue.Empty:
                return
            try:
                results[index] = func(item)
            except Exception as error:
                results[index] = error

    threads = [threading.Thread(target=work) for _ in range(min(workers, len(items)))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
