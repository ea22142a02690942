class HookRegistry:
    def __init__(self) -> None:
        self._hooks = {}
        self.errors = []

    def register(self, hook, callback, priority=100):
        self._hooks.setdefault(hook, {})[priority] = callback

    def callbacks(self, hook):
        by_priority = self._hooks.get(hook, {})
        return [by_priority[p] for p in sorted(by_priority)]

    def call(self, hook, *args, **kwargs):
        results = []
        for callback in self.callbacks(hook):
            try:
                results.append(callback(*args, **kwargs))
            except Exception as exc:
                self.errors.append((hook, callback, exc))
        return results

    def pipe(self, hook, value):
        for callback in self.callbacks(hook):
            value = callback(value)
        return value
