"""Wrong: loops over the live list, so a handler that unsubscribes itself makes the next one be skipped."""


class EventBus:
    def __init__(self):
        self._subscriptions = {}

    def subscribe(self, event, handler):
        token = object()
        entries = self._subscriptions.setdefault(event, [])
        entries.append((token, handler))

        def unsubscribe():
            for index, entry in enumerate(entries):
                if entry[0] is token:
                    del entries[index]
                    return

        return unsubscribe

    def emit(self, event, *args, **kwargs):
        errors = []
        for _token, handler in self._subscriptions.get(event, ()):
            try:
                handler(*args, **kwargs)
            except Exception as exc:
                errors.append(exc)
        return errors

    def listeners(self, event):
        return len(self._subscriptions.get(event, ()))
