"""Named extension points that plugins hang callbacks on."""
from typing import Any, Callable, List, Tuple


class HookRegistry:
    """Callbacks by hook name, run in priority order (lower first, ties in registration order)."""

    def __init__(self) -> None:
        #: (hook name, callback, exception) for every callback that raised in call()
        self.errors: List[Tuple[str, Callable, BaseException]] = []

    def register(self, hook: str, callback: Callable, priority: int = 100) -> None:
        """Hang `callback` on `hook`."""
        # TODO
        raise NotImplementedError("register() is not written yet")

    def callbacks(self, hook: str) -> List[Callable]:
        """The callbacks of `hook`, in the order they run (empty for an unknown hook)."""
        # TODO
        raise NotImplementedError("callbacks() is not written yet")

    def call(self, hook: str, *args: Any, **kwargs: Any) -> list:
        """Call every callback of `hook`; return their results in order.

        A callback that raises is skipped: its (hook, callback, exception) goes to
        self.errors and the others still run.
        """
        # TODO
        raise NotImplementedError("call() is not written yet")

    def pipe(self, hook: str, value: Any) -> Any:
        """Pass `value` through every callback of `hook` in turn and return the last result."""
        # TODO
        raise NotImplementedError("pipe() is not written yet")
