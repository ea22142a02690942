"""A factory backed by a registry: classes sign up under a name, callers ask by name.

    exporters = Registry("exporter")

    @exporters.register("csv")
    class CsvExporter:
        ...

    exporters.create("csv")          # a new CsvExporter
    exporters.create("pdf")          # LookupError: no exporter named 'pdf' (known: csv)

Try it from a terminal in your workspace folder:

    python expert/patterns/factory.py
"""


class Registry:
    """Names mapped to classes (or any callables that build objects)."""

    def __init__(self, kind):
        """``kind`` is a word for what this registry holds, used in error messages."""
        self.kind = kind
        self._classes = {}

    def register(self, name):
        """A class decorator: ``@registry.register("csv")`` stores the class under ``name``
        and gives the class back unchanged.

        Registering a name that is already taken raises ValueError (and keeps the first).
        """
        def add(cls):
            if name in self._classes:
                raise ValueError("%s %r is already registered" % (self.kind, name))
            self._classes[name] = cls
            return cls

        return add

    def create(self, name, *args, **kwargs):
        """Build a new object of the class registered as ``name``, passing the arguments on.

        An unknown name raises LookupError whose message names the kind and lists the
        known names in sorted order, like "no exporter named 'pdf' (known: csv, json)".
        """
        try:
            cls = self._classes[name]
        except KeyError:
            known = ", ".join(self.names()) or "none"
            raise LookupError("no %s named %r (known: %s)" % (self.kind, name, known)) from None
        return cls(*args, **kwargs)

    def names(self):
        """The registered names, sorted."""
        return sorted(self._classes)


if __name__ == "__main__":
    exporters = Registry("exporter")

    @exporters.register("csv")
    class CsvExporter:
        def __init__(self, separator=","):
            self.separator = separator

        def export(self, row):
            return self.separator.join(map(str, row))

    print(exporters.create("csv", ";").export([1, 2, 3]))
    print(exporters.names())
    try:
        exporters.create("pdf")
    except LookupError as error:
        print(error)
