"""Creating a project folder from the template, with os.walk."""
import os
from pathlib import Path
from string import Template

from pkgcreator.names import validate_name
from pkgcreator.pyproject import pyproject_toml

TEMPLATE_DIR = Path(__file__).parent / "template"


def create_project(dest_dir, meta):
    dist_name, module_name = validate_name(meta["name"])
    root = os.path.join(os.fspath(dest_dir), dist_name)
    if os.path.isdir(root) and os.listdir(root):
        raise FileExistsError(root)
    values = dict(dist_name=dist_name, module_name=module_name, version=meta["version"],
                  description=meta.get("description") or "")
    for folder, _, names in os.walk(TEMPLATE_DIR):
        relative = os.path.relpath(folder, TEMPLATE_DIR).replace("{module}", module_name)
        for name in names:
            if not name.endswith(".tmpl"):
                continue
            target_name = name[:-5]
            if target_name.startswith("dot-"):
                target_name = "." + target_name[4:]
            target = os.path.normpath(os.path.join(root, relative, target_name))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(os.path.join(folder, name), encoding="utf-8") as source:
                text = Template(source.read()).substitute(values)
            with open(target, "w", encoding="utf-8") as out:
                out.write(text)
    with open(os.path.join(root, "pyproject.toml"), "w", encoding="utf-8") as out:
        out.write(pyproject_toml(meta))
    return Path(root)
