"""A sample plugin: strips blank lines from both ends of the text."""
from plugkit.contract import Plugin


class Trim(Plugin):
    name = "trim"
    version = "1.0"
    description = "removes blank lines at both ends"
    priority = 10

    def activate(self, hooks):
        hooks.register("process", self.process, self.priority)

    def process(self, text):
        return text.strip("\n")
