"""Three plugins that ship with the system. Each one is a Plugin subclass."""
from __future__ import annotations

from typing import Any

from .base import Plugin


class TextProcessorPlugin(Plugin):
    """name "text", version "1.0".

    ``execute(text)`` returns the text with its ends trimmed and every run of white space
    (spaces, tabs, newlines) squeezed into one space. With the option ``lowercase`` set to
    True it is also lower-cased. Anything that is not a str raises TypeError.
    """

    name = "text"
    version = "1.0"

    def execute(self, data: Any) -> str:
        raise NotImplementedError("TextProcessorPlugin is not written yet")


class DataValidatorPlugin(Plugin):
    """name "validator", version "1.0".

    ``execute(record)`` returns a list of problems: one str per field named in the option
    ``required`` (a list, default empty) that the record lacks, in that order, each naming
    the field. A record that is not a dict gives a single problem saying so.
    """

    name = "validator"
    version = "1.0"

    def execute(self, data: Any) -> list[str]:
        raise NotImplementedError("DataValidatorPlugin is not written yet")


class NotificationPlugin(Plugin):
    """name "notify", version "1.0", requires ("text",).

    ``execute(message)`` returns ``{"channel": <option "channel", default "console">,
    "message": str(message)}`` and also appends that dict to ``self.sent``, a list that
    belongs to this instance and starts empty.
    """

    name = "notify"
    version = "1.0"
    requires = ("text",)

    def execute(self, data: Any) -> dict[str, str]:
        raise NotImplementedError("NotificationPlugin is not written yet")
