"""patched: replace an attribute for the length of a with block, then put things back.

    with patched(time, "time", lambda: 0.0):
        ...                        # time.time() returns 0.0 in here
    # time.time is the real one again, even if the block raised

Try it from a terminal in your workspace folder:

    python expert/advanced/patching.py
"""
import contextlib


@contextlib.contextmanager
def patched(target, name, value):
    """A context manager: ``target.name`` is ``value`` inside the block; ``as`` gives ``value``.

    ``target`` is a module, a class or an instance (anything with a ``__dict__``).
    On leaving the block, normally or through an exception (which goes on up):

    - if ``target`` had an attribute ``name`` of its own (in ``vars(target)``), that
      very object is put back;
    - if it had none of its own (the attribute was inherited from a class, or did not
      exist), the patch is deleted, so ``target`` is left exactly as it was.
    """
    own = vars(target)
    had_own = name in own
    saved = own.get(name)
    setattr(target, name, value)
    try:
        yield value
    finally:
        if had_own:
            setattr(target, name, saved)
        else:
            delattr(target, name)


if __name__ == "__main__":
    import time

    with patched(time, "time", lambda: 0.0):
        print("inside:", time.time())
    print("outside, the real clock again:", time.time() > 0)
