"""Week 4: a producer-consumer pipeline with threads and a bounded queue."""
import queue
import threading

_DONE = object()


def run_pipeline(items, process, workers=2, maxsize=4):
    """Process the items on worker threads fed through a bounded queue; results in order."""
    tasks = queue.Queue(maxsize)
    results = {}
    lock = threading.Lock()

    def work():
        while True:
            task = tasks.get()
            if task is _DONE:
                return
            index, item = task
            value = process(item)
            with lock:
                results[index] = value

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    count = 0
    try:
        for count, item in enumerate(items, start=1):
            tasks.put((count - 1, item))
    finally:
        for _ in threads:
            tasks.put(_DONE)
        for thread in threads:
            thread.join()
    return [results[index] for index in range(count)]
