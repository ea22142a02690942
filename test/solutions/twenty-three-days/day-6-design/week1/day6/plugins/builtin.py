"""Three plugins that ship with the system."""
from __future__ import annotations

import re
from typing import Any

from .base import Plugin


class TextProcessorPlugin(Plugin):
    """Tidies text: trims the ends and squeezes runs of white space into one space."""

    name = "text"
    version = "1.0"

    def execute(self, data: Any) -> str:
        if not isinstance(data, str):
            raise TypeError(f"text plugin needs a str, not {type(data).__name__}")
        tidy = re.sub(r"\s+", " ", data).strip()
        return tidy.lower() if self.config.options.get("lowercase", False) else tidy


class DataValidatorPlugin(Plugin):
    """Lists what is wrong with a record: one problem per missing required field."""

    name = "validator"
    version = "1.0"

    def execute(self, data: Any) -> list[str]:
        if not isinstance(data, dict):
            return [f"record must be a dict, not {type(data).__name__}"]
        required = self.config.options.get("required", [])
        return [f"missing field: {field}" for field in required if field not in data]


class NotificationPlugin(Plugin):
    """Sends a message on a channel and remembers what it sent."""

    name = "notify"
    version = "1.0"
    requires = ("text",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sent: list[dict[str, str]] = []

    def execute(self, data: Any) -> dict[str, str]:
        message = {"channel": str(self.config.options.get("channel", "console")),
                   "message": str(data)}
        self.sent.append(message)
        return message
