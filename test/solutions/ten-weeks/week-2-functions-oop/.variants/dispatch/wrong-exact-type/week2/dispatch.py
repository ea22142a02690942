"""Week 2: choose a function by the type of the first argument."""


class TypeDispatch:
    """Call a different implementation depending on the type of the first argument.

    >>> describe = TypeDispatch(lambda value: "something")
    >>> @describe.register(int)
    ... def _(value):
    ...     return "a whole number"
    >>> describe(3), describe(True), describe("x")
    ('a whole number', 'a whole number', 'something')

    ``register(cls)`` returns a decorator that stores the function for ``cls`` and gives
    the function back unchanged. A call looks for the first class of
    ``type(arg).__mro__`` that has a function registered (so bool uses int's, being a
    subclass of it), else calls the default. Every argument is passed on.
    """

    def __init__(self, default):
        self.default = default
        self.registry = {}

    def register(self, cls):
        def decorator(func):
            self.registry[cls] = func
            return func
        return decorator

    def __call__(self, arg, *args, **kwargs):
        func = self.registry.get(type(arg), self.default)
        return func(arg, *args, **kwargs)
