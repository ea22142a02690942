"""Checks for the `running-average` milestone: a coroutine driven with send() and throw()."""
from pymastery import call, capture, expect, expect_equal, learner_module


def _primed(pipeline):
    coroutine = call(pipeline.running_average).value
    expect(hasattr(coroutine, "send") and hasattr(coroutine, "throw"),
           "running_average() should return a generator, not %r." % (coroutine,),
           hint="A function with a yield expression in it returns a generator when called.")
    expect(call(next, coroutine).value is None, "Priming with next() should give None.",
           hint="Before any number is sent there is no average: the first yield hands out None.")
    return coroutine


def check_sends_give_the_average():
    """each send gives the average so far"""
    pipeline = learner_module()
    average = _primed(pipeline)
    results = [call(average.send, n).value for n in (10, 20, 0, 30)]
    expect_equal(results, [10.0, 15.0, 10.0, 15.0],
                 hint="number = yield average receives what send() passes; keep a running total and count.")


def check_reset_with_throw():
    """throw(ResetAverage) forgets the numbers and the coroutine goes on"""
    pipeline = learner_module()
    average = _primed(pipeline)
    call(average.send, 100)
    call(average.send, 50)
    expect(call(average.throw, pipeline.ResetAverage).value is None, "throw(ResetAverage) should give None.",
           hint="Wrap the yield in try/except ResetAverage: reset the total and count, then loop back to the yield.")
    expect_equal(call(average.send, 4).value, 4.0, hint="After a reset, the average starts again from the next number.")
    expect_equal(call(average.send, 8).value, 6.0, hint="Keep counting after the reset.")


def check_reset_before_any_number():
    """a reset right after priming is harmless"""
    pipeline = learner_module()
    average = _primed(pipeline)
    expect(call(average.throw, pipeline.ResetAverage).value is None, "A reset with nothing seen yet should give None.",
           hint="The except block must not divide by a count of zero.")
    expect_equal(call(average.send, 3).value, 3.0, hint="The coroutine keeps working after the reset.")


def check_other_exceptions_end_it():
    """any other exception thrown in ends the coroutine"""
    pipeline = learner_module()
    average = _primed(pipeline)
    call(average.send, 1)
    outcome = capture(average.throw, ValueError("stop"))
    expect(isinstance(outcome.exception, ValueError),
           "throw(ValueError(...)) should come back out as that ValueError, got %r." % (outcome.exception,),
           hint="Only catch ResetAverage: other exceptions should pass through the yield and end the generator.")
    outcome = capture(next, average)
    expect(isinstance(outcome.exception, StopIteration), "After that the coroutine should be finished.",
           hint="A generator that let an exception escape is done for good.")


def check_independent_and_closable():
    """each coroutine keeps its own numbers and can be closed"""
    pipeline = learner_module()
    first, second = _primed(pipeline), _primed(pipeline)
    call(first.send, 10)
    expect_equal(call(second.send, 2).value, 2.0,
                 hint="Keep the total and the count in local variables of the generator, not in globals.")
    call(first.close)
    outcome = capture(first.send, 1)
    expect(isinstance(outcome.exception, StopIteration), "A closed coroutine should not accept numbers.",
           hint="Do not catch GeneratorExit (or a bare except) around the yield.")
