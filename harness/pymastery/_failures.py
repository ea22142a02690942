"""What a check raises to say how it ended, and how values are shown to the learner."""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Optional

    from ._locations import Location

#: Longest repr kept for `expected` / `actual`.
VALUE_REPR_LIMIT = 300
#: Longest repr kept inside a one-line message.
MESSAGE_REPR_LIMIT = 80


def short_repr(value: object, limit: int = VALUE_REPR_LIMIT) -> str:
    """repr(value), cut in the middle when long; never raises."""
    try:
        text = repr(value)
    except BaseException as error:  # a learner __repr__ may do anything
        text = "<%s object (repr failed: %s)>" % (type(value).__name__, type(error).__name__)
    if not isinstance(text, str):
        text = "<%s object>" % type(value).__name__
    if len(text) > limit:
        keep = (limit - 5) // 2
        text = text[:keep] + " … " + text[-keep:]
    return text


class CheckFailed(Exception):
    """The learner's code did not do what the check expects."""

    def __init__(
        self,
        message: str,
        hint: Optional[str] = None,
        expected: Optional[str] = None,
        actual: Optional[str] = None,
        location: Optional[Location] = None,
        at: object = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.expected = expected
        self.actual = actual
        self.location = location
        self.at = at


class LearnerCodeFailed(CheckFailed):
    """Learner code raised (or tried to end the program) while a check ran it."""

    def __init__(self, message: str, original: BaseException, location: Optional[Location],
                 hint: Optional[str] = None) -> None:
        super().__init__(message, hint=hint, location=location)
        self.original = original


class CheckError(Exception):
    """The check can't do what it asks for (a missing target, a helper used wrongly): a problem
    in the course's checks, reported with status `error`."""


class CheckSkipped(Exception):
    """The check chose not to run (`skip(reason)`)."""


class ExpectedFailure(Exception):
    """A test marked as expected to fail (pytest's `xfail`) did fail: the check passes, noting
    it."""


class AssertionFailed(AssertionError):
    """A bare `assert` in a check file failed; carries the values it compared."""

    def __init__(self, message: str, expected: Optional[str] = None,
                 actual: Optional[str] = None) -> None:
        super().__init__(message)
        self.expected = expected
        self.actual = actual


class LearnerExit(BaseException):
    """Raised in place of `os._exit` while learner code runs, so the harness survives it."""

    def __init__(self, code: object) -> None:
        super().__init__(code)
        self.code = code
