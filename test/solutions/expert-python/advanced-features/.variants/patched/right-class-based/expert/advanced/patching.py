"""Right: a class with __enter__ and __exit__, and a private sentinel for "had none"."""
_ABSENT = object()


class patched:
    def __init__(self, target, name, value):
        self.target, self.name, self.value = target, name, value

    def __enter__(self):
        self.saved = self.target.__dict__.get(self.name, _ABSENT)
        setattr(self.target, self.name, self.value)
        return self.value

    def __exit__(self, *exc_info):
        if self.saved is _ABSENT:
            delattr(self.target, self.name)
        else:
            setattr(self.target, self.name, self.saved)
        return False
