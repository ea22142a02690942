"""A sample plugin: turns pairs of straight double quotes into curly ones."""
import re

from plugkit.contract import Plugin


class SmartQuotes(Plugin):
    name = "smart-quotes"
    version = "0.3"
    description = 'turns "straight" quotes into curly ones'
    priority = 50

    def activate(self, hooks):
        hooks.register("process", self.process, self.priority)

    def process(self, text):
        return re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text)
