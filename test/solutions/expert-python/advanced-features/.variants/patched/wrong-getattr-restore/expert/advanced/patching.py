"""Wrong: saves with getattr, so an inherited attribute is copied onto the target afterwards."""
import contextlib

_ABSENT = object()


@contextlib.contextmanager
def patched(target, name, value):
    saved = getattr(target, name, _ABSENT)
    setattr(target, name, value)
    try:
        yield value
    finally:
        if saved is _ABSENT:
            delattr(target, name)
        else:
            setattr(target, name, saved)
