"""Wrong: the store is a class attribute, shared by every Registry."""


class Registry:
    _classes = {}

    def __init__(self, kind):
        self.kind = kind

    def register(self, name):
        def add(cls):
            if name in self._classes:
                raise ValueError("%s %r is taken" % (self.kind, name))
            self._classes[name] = cls
            return cls
        return add

    def create(self, name, *args, **kwargs):
        if name not in self._classes:
            raise LookupError("no %s named %r (known: %s)" % (self.kind, name, ", ".join(self.names())))
        return self._classes[name](*args, **kwargs)

    def names(self):
        return sorted(self._classes)
