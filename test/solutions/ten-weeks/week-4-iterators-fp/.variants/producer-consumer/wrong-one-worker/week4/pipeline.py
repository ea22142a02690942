import queue
import threading

_DONE = object()


def run_pipeline(items, process, workers=2, maxsize=4):
    tasks = queue.Queue(maxsize)
    results = []

    def work():
        while True:
            item = tasks.get()
            if item is _DONE:
                return
            results.append(process(item))

    thread = threading.Thread(target=work)
    thread.start()
    try:
        for item in items:
            tasks.put(item)
    finally:
        tasks.put(_DONE)
        thread.join()
    return results
