import bisect
import itertools


class HookRegistry:
    def __init__(self) -> None:
        self._hooks = {}
        self._order = itertools.count()
        self.errors = []

    def register(self, hook, callback, priority=100):
        bisect.insort(self._hooks.setdefault(hook, []), (priority, next(self._order), callback))

    def callbacks(self, hook):
        return [entry[2] for entry in self._hooks.get(hook, ())]

    def call(self, hook, *args, **kwargs):
        results = []
        for callback in self.callbacks(hook):
            try:
                result = callback(*args, **kwargs)
            except Exception as exc:
                self.errors.append((hook, callback, exc))
            else:
                results.append(result)
        return results

    def pipe(self, hook, value):
        for callback in self.callbacks(hook):
            value = callback(value)
        return value
