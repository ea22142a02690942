"""Right: refuses a taken name as soon as register() is called, and raises KeyError (a LookupError)."""


class Registry:
    def __init__(self, kind):
        self.kind = kind
        self._by_name = dict()

    def register(self, name):
        if name in self._by_name:
            raise ValueError("duplicate %s: %s" % (self.kind, name))

        def remember(cls):
            self._by_name[name] = cls
            return cls

        return remember

    def create(self, name, *args, **kwargs):
        if name not in self._by_name:
            raise KeyError("no %s named %r (known: %s)" % (self.kind, name, ", ".join(self.names())))
        return self._by_name[name](*args, **kwargs)

    def names(self):
        return sorted(self._by_name.keys())
