"""Wrong: a second registration under a taken name silently replaces the first."""


class Registry:
    def __init__(self, kind):
        self.kind = kind
        self._classes = {}

    def register(self, name):
        def add(cls):
            self._classes[name] = cls
            return cls
        return add

    def create(self, name, *args, **kwargs):
        if name not in self._classes:
            raise LookupError("no %s named %r (known: %s)" % (self.kind, name, ", ".join(self.names())))
        return self._classes[name](*args, **kwargs)

    def names(self):
        return sorted(self._classes)
