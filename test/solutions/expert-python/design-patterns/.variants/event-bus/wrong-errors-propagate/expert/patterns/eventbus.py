"""Wrong: a handler's exception escapes emit and the handlers after it never run."""


class EventBus:
    def __init__(self):
        self._subscriptions = {}

    def subscribe(self, event, handler):
        token = object()
        entries = self._subscriptions.setdefault(event, [])
        entries.append((token, handler))

        def unsubscribe():
            entries[:] = [entry for entry in entries if entry[0] is not token]

        return unsubscribe

    def emit(self, event, *args, **kwargs):
        for _token, handler in list(self._subscriptions.get(event, ())):
            handler(*args, **kwargs)
        return []

    def listeners(self, event):
        return len(self._subscriptions.get(event, ()))
