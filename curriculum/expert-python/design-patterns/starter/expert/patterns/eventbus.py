"""An event bus: parts of a program announce events, others subscribe to them.

    bus = EventBus()
    stop = bus.subscribe("paid", send_receipt)
    bus.emit("paid", "A-17", amount=30)     # calls send_receipt("A-17", amount=30)
    stop()                                  # send_receipt no longer hears "paid"

Try it from a terminal in your workspace folder:

    python expert/patterns/eventbus.py
"""


class EventBus:
    """Handlers subscribed to named events."""

    def __init__(self):
        # TODO
        raise NotImplementedError("EventBus.__init__ is not written yet")

    def subscribe(self, event, handler):
        """Call ``handler`` on every later ``emit(event, ...)``; return a function that unsubscribes.

        The returned function removes exactly this subscription (the same handler may be
        subscribed twice, and is then called twice), and does nothing if called again.
        """
        # TODO
        raise NotImplementedError("EventBus.subscribe is not written yet")

    def emit(self, event, *args, **kwargs):
        """Call the handlers of ``event`` with ``*args`` and ``**kwargs``, in the order they subscribed.

        - The handlers called are those subscribed when emit starts: a handler added or
          removed by another handler during the emit takes effect from the next emit.
        - A handler that raises an Exception does not stop the others.
        - Returns the list of exceptions the handlers raised, in order ([] when none did).
        """
        # TODO
        raise NotImplementedError("EventBus.emit is not written yet")

    def listeners(self, event):
        """How many subscriptions ``event`` has now."""
        # TODO
        raise NotImplementedError("EventBus.listeners is not written yet")


if __name__ == "__main__":
    bus = EventBus()
    stop = bus.subscribe("paid", lambda order, amount: print("receipt:", order, amount))
    bus.subscribe("paid", lambda order, amount: 1 / 0)
    bus.subscribe("paid", lambda order, amount: print("ship:", order))
    print("errors:", bus.emit("paid", "A-17", amount=30))
    stop()
    print("listeners left:", bus.listeners("paid"))
