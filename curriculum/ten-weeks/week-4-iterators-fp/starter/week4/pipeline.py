"""Week 4: a producer-consumer pipeline with threads and a bounded queue."""
import queue
import threading


def run_pipeline(items, process, workers=2, maxsize=4):
    """Return ``[process(item) for item in items]``, worked out by ``workers`` threads at once.

    - One producer (the calling thread or a thread of its own) reads ``items`` lazily and puts
      them on a ``queue.Queue(maxsize)``; the workers take items off it and process them.
    - ``items`` may be a generator: never read it all up front. Because the queue is bounded,
      the producer waits when the workers fall behind.
    - The results come back in the order of ``items``.
    - Every thread has finished when run_pipeline returns.
    """
    # TODO
    raise NotImplementedError("run_pipeline is not written yet")
