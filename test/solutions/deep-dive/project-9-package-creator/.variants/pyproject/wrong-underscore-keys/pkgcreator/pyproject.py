"""Writing pyproject.toml (PEP 517/518 build system, PEP 621 project metadata)."""

BUILD_SYSTEM = {"requires": ["setuptools>=61"], "build-backend": "setuptools.build_meta"}

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b",
            "\f": "\\f"}


def toml_string(text):
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append("\\u%04X" % ord(char))
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _array(items):
    return "[" + ", ".join(toml_string(item) for item in items) + "]"


def pyproject_toml(meta):
    lines = ["[build-system]",
             "requires = " + _array(BUILD_SYSTEM["requires"]),
             "build-backend = " + toml_string(BUILD_SYSTEM["build-backend"]),
             "",
             "[project]",
             "name = " + toml_string(meta["name"]),
             "version = " + toml_string(meta["version"]),
             "description = " + toml_string(meta.get("description", "")),
             'readme = "README.md"']
    if meta.get("requires_python"):
        lines.append("requires_python = " + toml_string(meta["requires_python"]))
    authors = meta.get("authors") or []
    if authors:
        lines.append("authors = [")
        for author in authors:
            fields = ", ".join("%s = %s" % (key, toml_string(author[key]))
                               for key in ("name", "email") if author.get(key))
            lines.append("    {" + fields + "},")
        lines.append("]")
    lines.append("dependencies = " + _array(meta.get("dependencies") or []))
    extras = meta.get("optional_dependencies") or {}
    if extras:
        lines += ["", "[project.optional-dependencies]"]
        lines += ["%s = %s" % (toml_string(extra), _array(specs)) for extra, specs in extras.items()]
    scripts = meta.get("scripts") or {}
    if scripts:
        lines += ["", "[project.scripts]"]
        lines += ["%s = %s" % (toml_string(command), toml_string(target))
                  for command, target in scripts.items()]
    return "\n".join(lines) + "\n"
