"""Week 4: a sliding window over any iterable."""
from collections import deque


def sliding_window(iterable, size):
    """Yield tuples of ``size`` consecutive items: [1, 2, 3, 4] with size 3 gives (1, 2, 3), (2, 3, 4).

    - Works on any iterable, endless ones included, reading one item per window after the first.
    - Fewer than ``size`` items give no windows at all.
    - ``size`` below 1 raises ValueError when sliding_window is called.
    """
    # TODO
    raise NotImplementedError("sliding_window is not written yet")
