"""Checks for the `event-bus` milestone (expert/patterns/eventbus.py: EventBus)."""
from pymastery import call, expect, expect_equal, learner_module


def _bus():
    return call(learner_module().EventBus).value


def _recorder(log, name):
    def handler(*args, **kwargs):
        log.append((name, args, kwargs))
    handler.__name__ = name
    return handler


def check_calls_handlers_in_order():
    """emit calls the event's handlers in subscription order, with its arguments"""
    bus = _bus()
    log = []
    call(bus.subscribe, "paid", _recorder(log, "receipt"))
    call(bus.subscribe, "paid", _recorder(log, "ship"))
    call(bus.subscribe, "refunded", _recorder(log, "refund"))
    errors = call(bus.emit, "paid", "A-17", amount=30).value
    expect_equal(log, [("receipt", ("A-17",), {"amount": 30}), ("ship", ("A-17",), {"amount": 30})],
                 hint="Keep a list of handlers per event name, and call each with *args and **kwargs.")
    expect_equal(list(errors), [], hint="emit returns the list of exceptions raised: here none.")
    expect_equal(list(call(bus.emit, "nobody-listens").value), [],
                 hint="An event without handlers does nothing and returns [].")
    expect_equal((call(bus.listeners, "paid").value, call(bus.listeners, "refunded").value,
                  call(bus.listeners, "other").value), (2, 1, 0))


def check_unsubscribe_removes_that_subscription():
    """the function subscribe returns removes exactly that subscription, once"""
    bus = _bus()
    log = []
    first, second = _recorder(log, "first"), _recorder(log, "second")
    call(bus.subscribe, "tick", first)
    call(bus.subscribe, "tick", second)
    stop_again = call(bus.subscribe, "tick", first).value
    call(bus.emit, "tick")
    expect_equal([entry[0] for entry in log], ["first", "second", "first"],
                 hint="A handler subscribed twice is called twice.")
    del log[:]
    expect(callable(stop_again), "subscribe returned %r, not a function that unsubscribes" % (stop_again,),
           hint="Return a small function (a closure) that removes this subscription.")
    call(stop_again)
    call(bus.emit, "tick")
    expect_equal([entry[0] for entry in log], ["first", "second"],
                 hint="Removing by handler takes out the first `first`, not the one this function "
                      "belongs to. Give each subscription its own token and remove by that.")
    call(stop_again)
    expect_equal(call(bus.listeners, "tick").value, 2,
                 hint="Calling the unsubscribe function again does nothing.")


def check_a_failing_handler_is_isolated():
    """a handler that raises does not stop the others, and emit returns its exception"""
    bus = _bus()
    log = []
    problem = ZeroDivisionError("analytics broke")

    def broken(*args):
        raise problem

    call(bus.subscribe, "login", _recorder(log, "audit"))
    call(bus.subscribe, "login", broken)
    call(bus.subscribe, "login", _recorder(log, "welcome"))
    errors = list(call(bus.emit, "login", "ada").value)
    expect_equal([entry[0] for entry in log], ["audit", "welcome"],
                 hint="Wrap each handler call in try/except Exception and go on with the next one.")
    expect(len(errors) == 1 and errors[0] is problem,
           "emit returned %r; expected a list holding the handler's exception" % (errors,),
           hint="Append the caught exception object to a list and return it.")


def check_changes_during_emit_wait_for_the_next():
    """handlers that unsubscribe or subscribe during an emit take effect from the next emit"""
    bus = _bus()
    log = []
    stops = {}

    def once(message):
        log.append(("once", message))
        stops["once"]()

    def recruiter(message):
        log.append(("recruiter", message))
        if message == "first":
            call(bus.subscribe, "news", _recorder(log, "late"))

    stops["once"] = call(bus.subscribe, "news", once).value
    call(bus.subscribe, "news", _recorder(log, "always"))
    call(bus.subscribe, "news", recruiter)
    call(bus.emit, "news", "first")
    expect_equal([entry[:2] for entry in log], [("once", "first"), ("always", ("first",)),
                                                ("recruiter", "first")],
                 hint="When `once` unsubscribes itself, a loop over the live list skips the handler "
                      "after it. Loop over a copy taken when emit starts.")
    del log[:]
    call(bus.emit, "news", "second")
    expect_equal([entry[0] for entry in log], ["always", "recruiter", "late"],
                 hint="The one-shot handler is gone, and the one added during the first emit now runs.")
