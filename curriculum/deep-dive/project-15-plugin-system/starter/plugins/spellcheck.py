"""A sample plugin that can't load here: it needs a package that is not installed."""
import enchant  # noqa: F401  (deliberately missing: the manager must report it, not crash)

from plugkit.contract import Plugin


class SpellCheck(Plugin):
    name = "spellcheck"
    version = "0.1"

    def activate(self, hooks):
        pass
