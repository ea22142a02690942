"""Right: each event keeps a dict from a running number to its handler (dicts keep insertion order)."""
import itertools


class EventBus:
    def __init__(self):
        self._handlers = {}
        self._numbers = itertools.count()

    def subscribe(self, event, handler):
        number = next(self._numbers)
        self._handlers.setdefault(event, {})[number] = handler
        return lambda: self._handlers[event].pop(number, None) and None

    def emit(self, event, *args, **kwargs):
        failures = []
        for handler in tuple(self._handlers.get(event, {}).values()):
            try:
                handler(*args, **kwargs)
            except Exception as error:
                failures.append(error)
        return failures

    def listeners(self, event):
        return len(self._handlers.get(event, {}))
