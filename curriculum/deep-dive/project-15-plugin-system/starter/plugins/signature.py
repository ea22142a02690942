"""A sample plugin with a setting: appends a signature line."""
from plugkit.contract import Plugin


class Signature(Plugin):
    name = "signature"
    version = "1.1"
    description = "appends a signature"

    def activate(self, hooks):
        hooks.register("process", self.process, self.priority)

    def process(self, text):
        return text + "\n" + self.settings.get("text", "--")
