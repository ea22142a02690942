"""Milestone `hooks`: callbacks by name, in priority order (plugkit/hooks.py, HookRegistry)."""
from pymastery import call, expect, expect_equal, learner_module


def _recorder(log, label, result=None):
    def callback(*args, **kwargs):
        log.append((label, args, kwargs))
        return label if result is None else result
    callback.__name__ = "callback_" + label
    return callback


def check_calls_in_priority_order():
    """call() runs callbacks lowest priority first, ties in the order they were registered"""
    hooks = learner_module()
    registry = hooks.HookRegistry()
    log = []
    call(registry.register, "save", _recorder(log, "late"), 200)
    call(registry.register, "save", _recorder(log, "first-default"))
    call(registry.register, "save", _recorder(log, "early"), 10)
    call(registry.register, "save", _recorder(log, "second-default"), 100)
    call(registry.register, "load", _recorder(log, "other-hook"), 1)
    results = call(registry.call, "save", "doc.md", force=True).value
    expect_equal(results, ["early", "first-default", "second-default", "late"],
                 hint="Keep (priority, registration number, callback) per hook and sort by the first two: "
                      "the number keeps equal priorities in the order they came.")
    expect_equal(log[0], ("early", ("doc.md",), {"force": True}),
                 hint="Pass the positional and keyword arguments of call() on to every callback.")
    expect_equal(len(log), 4, hint="Only the callbacks of the hook you call should run.")


def check_callbacks_lists_the_order():
    """callbacks() shows the running order, and an unknown hook has none"""
    hooks = learner_module()
    registry = hooks.HookRegistry()
    a, b = (lambda: "a"), (lambda: "b")
    call(registry.register, "render", b, 50)
    call(registry.register, "render", a, 5)
    expect_equal(call(registry.callbacks, "render").value, [a, b])
    expect_equal(call(registry.callbacks, "nothing").value, [], hint="A hook nobody registered for has no callbacks.")
    expect_equal(call(registry.call, "nothing").value, [], hint="Calling a hook nobody registered for returns [].")


def check_pipe_threads_a_value():
    """pipe() passes the value from one callback to the next"""
    hooks = learner_module()
    registry = hooks.HookRegistry()
    call(registry.register, "process", lambda text: text + "!", 20)
    call(registry.register, "process", str.strip, 10)
    call(registry.register, "process", str.upper, 30)
    expect_equal(call(registry.pipe, "process", "  hello ").value, "HELLO!",
                 hint="strip (10), then add '!' (20), then upper (30): each gets what the one before returned.")
    expect_equal(call(registry.pipe, "unused", "as is").value, "as is",
                 hint="With no callbacks, pipe() returns the value unchanged.")


def check_a_failing_callback_is_isolated():
    """A callback that raises is recorded in errors and the others still run"""
    hooks = learner_module()
    registry = hooks.HookRegistry()
    log = []

    def broken(*args):
        raise ValueError("plugin bug")

    call(registry.register, "save", _recorder(log, "before"), 1)
    call(registry.register, "save", broken, 2)
    call(registry.register, "save", _recorder(log, "after"), 3)
    results = call(registry.call, "save", "x").value
    expect_equal(results, ["before", "after"],
                 hint="Wrap each callback in try/except Exception; a failure adds nothing to the results.")
    expect_equal(len(registry.errors), 1, hint="Append (hook, callback, exception) to self.errors for each failure.")
    hook, callback, exc = registry.errors[0]
    expect_equal((hook, callback), ("save", broken))
    expect(isinstance(exc, ValueError) and str(exc) == "plugin bug",
           "errors[0] holds %r, not the ValueError the callback raised" % (exc,))
