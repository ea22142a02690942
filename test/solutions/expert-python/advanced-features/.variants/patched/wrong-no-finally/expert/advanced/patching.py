"""Wrong: restores only when the block ends normally."""
import contextlib


@contextlib.contextmanager
def patched(target, name, value):
    had_own = name in vars(target)
    saved = vars(target).get(name)
    setattr(target, name, value)
    yield value
    if had_own:
        setattr(target, name, saved)
    else:
        delattr(target, name)
