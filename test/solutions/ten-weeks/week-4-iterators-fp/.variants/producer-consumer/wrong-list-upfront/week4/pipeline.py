import queue
import threading


def run_pipeline(items, process, workers=2, maxsize=4):
    items = list(items)
    tasks = queue.Queue()
    for task in enumerate(items):
        tasks.put(task)
    results = [None] * len(items)

    def work():
        while True:
            try:
                index, item = tasks.get_nowait()
            except queue.Empty:
                return
            results[index] = process(item)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
