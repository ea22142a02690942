"""Named extension points that plugins hang callbacks on."""
from typing import Any, Callable, List, Tuple


class HookRegistry:
    """Callbacks by hook name, run in priority order (lower first, ties in registration order)."""

    def __init__(self) -> None:
        self._hooks: dict = {}
        self._added = 0
        #: (hook name, callback, exception) for every callback that raised in call()
        self.errors: List[Tuple[str, Callable, BaseException]] = []

    def register(self, hook: str, callback: Callable, priority: int = 100) -> None:
        """Hang `callback` on `hook`."""
        self._added += 1
        entries = self._hooks.setdefault(hook, [])
        entries.append((priority, self._added, callback))
        entries.sort(key=lambda entry: entry[:2])

    def callbacks(self, hook: str) -> List[Callable]:
        """The callbacks of `hook`, in the order they run."""
        return [callback for _, _, callback in self._hooks.get(hook, [])]

    def call(self, hook: str, *args: Any, **kwargs: Any) -> list:
        """Call every callback of `hook`; return their results in order, skipping any that raised."""
        results = []
        for callback in self.callbacks(hook):
            try:
                results.append(callback(*args, **kwargs))
            except Exception as exc:
                self.errors.append((hook, callback, exc))
        return results

    def pipe(self, hook: str, value: Any) -> Any:
        """Pass `value` through every callback of `hook` in turn and return the last result."""
        for callback in self.callbacks(hook):
            value = callback(value)
        return value
