"""Checks for the `logged` milestone: a generator-based context manager."""
from pymastery import capture, expect_equal, expect_isinstance, learner_module


def check_success():
    """a block that finishes logs start and end around its own work"""
    tool = learner_module()
    log = []

    def block():
        with tool.logged("build", log):
            log.append("working")

    outcome = capture(block)
    if outcome.exception is not None:
        raise outcome.exception
    expect_equal(log, ["start build", "working", "end build"],
                 hint="Append 'start <name>' before the yield and 'end <name>' after it.")


def check_failure():
    """a block that raises logs the error and the exception carries on"""
    tool = learner_module()
    log = []

    def block():
        with tool.logged("deploy", log):
            raise ValueError("bad config")

    outcome = capture(block)
    expect_isinstance(
        outcome.exception, ValueError,
        hint="The block's exception is raised inside your generator, at the yield. Catch it, log "
             "it, and raise it again with a bare `raise`; if you don't, contextmanager treats it "
             "as handled.",
    )
    expect_equal(log, ["start deploy", "error deploy: ValueError"],
                 hint="On an exception log 'error <name>: <type name>' and no 'end' line.")


def check_nested():
    """nested blocks log in the right order"""
    tool = learner_module()
    log = []

    def block():
        with tool.logged("outer", log):
            try:
                with tool.logged("inner", log):
                    raise OSError("disk")
            except OSError:
                log.append("recovered")

    outcome = capture(block)
    if outcome.exception is not None:
        raise outcome.exception
    expect_equal(
        log, ["start outer", "start inner", "error inner: OSError", "recovered", "end outer"],
        hint="Each logged() block logs only its own name. Once the caller handles the inner "
             "error, the outer block finishes normally.",
    )
