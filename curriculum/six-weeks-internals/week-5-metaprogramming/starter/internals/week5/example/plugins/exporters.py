"""An example plugin module whose classes register themselves through the metaclass."""
from plugload import Plugin


class Exporter(Plugin):
    abstract = True

    def export(self, rows):
        raise NotImplementedError


class CsvExporter(Exporter):
    name = "csv"

    def export(self, rows):
        return "\n".join(",".join(map(str, row)) for row in rows)


class JsonLines(Exporter):
    def export(self, rows):
        return "\n".join(str(list(row)) for row in rows)
