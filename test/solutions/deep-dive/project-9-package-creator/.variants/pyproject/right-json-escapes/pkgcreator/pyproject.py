"""Writing pyproject.toml, with JSON's string escapes (a TOML basic string accepts them all)."""
import json

BUILD_SYSTEM = {"requires": ["setuptools>=61"], "build-backend": "setuptools.build_meta"}


def toml_string(text):
    quoted = json.dumps(text, ensure_ascii=True)
    return quoted.replace("\\u007f", "\\u007F")


def pyproject_toml(meta):
    project = {
        "name": meta["name"],
        "version": meta["version"],
        "description": meta.get("description", ""),
        "readme": "README.md",
    }
    if meta.get("requires_python"):
        project["requires-python"] = meta["requires_python"]
    out = ["[build-system]"]
    for key, value in BUILD_SYSTEM.items():
        out.append("%s = %s" % (key, _value(value)))
    out.append("\n[project]")
    for key, value in project.items():
        out.append("%s = %s" % (key, toml_string(value)))
    if meta.get("authors"):
        tables = ["{%s}" % ", ".join("%s = %s" % (k, toml_string(v)) for k, v in a.items())
                  for a in meta["authors"]]
        out.append("authors = [%s]" % ", ".join(tables))
    out.append("dependencies = %s" % _value(meta.get("dependencies") or []))
    for table, key in (("project.optional-dependencies", "optional_dependencies"),
                       ("project.scripts", "scripts")):
        if meta.get(key):
            out.append("\n[%s]" % table)
            for name, value in meta[key].items():
                out.append("%s = %s" % (toml_string(name), _value(value)))
    return "\n".join(out) + "\n"


def _value(value):
    if isinstance(value, list):
        return "[" + ", ".join(toml_string(item) for item in value) + "]"
    return toml_string(value)
