"""Wrong: unsubscribing removes the first entry equal to the handler, not this subscription."""


class EventBus:
    def __init__(self):
        self._handlers = {}

    def subscribe(self, event, handler):
        handlers = self._handlers.setdefault(event, [])
        handlers.append(handler)

        def unsubscribe():
            if handler in handlers:
                handlers.remove(handler)

        return unsubscribe

    def emit(self, event, *args, **kwargs):
        errors = []
        for handler in list(self._handlers.get(event, ())):
            try:
                handler(*args, **kwargs)
            except Exception as exc:
                errors.append(exc)
        return errors

    def listeners(self, event):
        return len(self._handlers.get(event, ()))
