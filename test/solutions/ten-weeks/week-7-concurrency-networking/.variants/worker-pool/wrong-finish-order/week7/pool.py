"""Week 7: a pool that lists results as they finish."""
import queue
import threading


def run_pool(func, items, workers=4):
    jobs = queue.Queue()
    for item in items:
        jobs.put(item)
    results = []
    lock = threading.Lock()

    def work():
        while True:
            try:
                item = jobs.get_nowait()
            except queue.Empty:
                return
            try:
                value = func(item)
            except Exception as error:
                value = error
            with lock:
                results.append(value)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
